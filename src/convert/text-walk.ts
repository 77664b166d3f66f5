/**
 * How far a converter steps over text that no dictionary key matches: one code point, or a
 * whole Ideographic Description Sequence (`⿰氵青`), which opencc-js copies untouched so that a
 * character described by components is never converted piecemeal. Reproduced exactly,
 * including its treatment of a sequence cut short by the end of the text.
 * @internal
 */

/** True for an Ideographic Description Character, U+2FF0–U+2FFF. */
export function isIdsOperator(unit: number): boolean {
  return unit >= 0x2ff0 && unit <= 0x2fff;
}

// How many components each Ideographic Description Character combines.
function idsArity(cp: number): number {
  if (cp === 0x2ff2 || cp === 0x2ff3) return 3;
  if (cp >= 0x2ff0 && cp <= 0x2fff) return 2;
  return 0;
}

/** Length in code units of the code point at `i`, never reaching past `limit`. */
export function codePointLength(text: string, i: number, limit: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < limit) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

// End of the description sequence starting at `i`, or 0 when `i` does not start a complete one.
function idsEnd(text: string, i: number, limit: number): number {
  const arity = idsArity(text.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let n = 0; n < arity; n++) {
    if (end >= limit) return 0;
    const childEnd = idsEnd(text, end, limit);
    end = childEnd || end + codePointLength(text, end, limit);
  }
  return end;
}

/** How many code units to step over at `i` when no key matches there. */
export function unmatchedLength(text: string, i: number, limit: number): number {
  const unit = text.charCodeAt(i);
  if (isIdsOperator(unit)) {
    const end = idsEnd(text, i, limit);
    if (end > i) return end - i;
  }
  return codePointLength(text, i, limit);
}
