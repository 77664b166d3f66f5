/**
 * Spans and offset maps: the one data rule of the library.
 *
 * Every result that refers to text carries `start`/`end`: UTF-16 code-unit offsets, half-open,
 * into the string the function was given. When a function rewrites text (character
 * normalisation, script conversion), it also returns an {@link OffsetMap} so that an offset in
 * its output can be carried back to its input, and the other way round.
 *
 * @module
 */

/** A half-open range `[start, end)` of UTF-16 code-unit offsets into a string. */
export interface Span {
  /** Offset of the first code unit in the range. */
  start: number;
  /** Offset just past the last code unit in the range (`end >= start`). */
  end: number;
}

/** One rewritten stretch: `source` in the input became `target` in the output. */
export interface OffsetChange {
  /** The range of the input that was rewritten. */
  source: Span;
  /** The range of the output that replaced it. */
  target: Span;
}

/**
 * Which side of a rewritten stretch an offset inside it lands on.
 * `'start'` is for the start of a span (it moves to the beginning of the stretch, so the span
 * grows to include all of it), `'end'` for the end of a span (it moves to the end of the stretch).
 */
export type Bias = 'start' | 'end';

/**
 * How a transformation moved text: a sorted list of rewritten stretches, with everything
 * between them copied unchanged. Immutable.
 *
 * Offsets inside a rewritten stretch have no exact counterpart, so they map to its edges
 * according to a {@link Bias}: a span that touches part of a rewritten stretch maps to a span
 * that covers all of its counterpart. A stretch deleted outright maps to a point; a span that
 * starts there starts after the deleted text, and a span that ends there ends before it.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeTextWithMap('日前,金正恩 接见');
 * // text === '日前，金正恩接见'
 * map.toSource(text.indexOf('接见')); // → 7, the offset of 接见 in the input
 * ```
 */
export class OffsetMap {
  /** Length of the input the map starts from. */
  readonly sourceLength: number;
  /** Length of the output the map leads to. */
  readonly targetLength: number;
  // Parallel arrays, one entry per rewritten stretch, sorted and non-overlapping. Stretches
  // with no width on one side are never adjacent to another (see StretchList), so every
  // boundary lookup has one answer.
  readonly #srcStart: Int32Array;
  readonly #srcEnd: Int32Array;
  readonly #dstStart: Int32Array;
  readonly #dstEnd: Int32Array;

  /**
   * Builds a map from rewritten stretches. They must be sorted by position, must not overlap,
   * and must leave equal-length gaps between them on both sides (a `RangeError` otherwise).
   * Prefer {@link OffsetMapBuilder}, which guarantees this.
   */
  constructor(
    sourceLength: number,
    targetLength: number,
    changes: readonly OffsetChange[] | StretchList = [],
  ) {
    let list: StretchList;
    if (changes instanceof StretchList) {
      list = changes;
    } else {
      list = new StretchList();
      for (const { source, target } of changes) list.push(source.start, source.end, target.start, target.end);
    }
    this.sourceLength = sourceLength;
    this.targetLength = targetLength;
    this.#srcStart = Int32Array.from(list.srcStart);
    this.#srcEnd = Int32Array.from(list.srcEnd);
    this.#dstStart = Int32Array.from(list.dstStart);
    this.#dstEnd = Int32Array.from(list.dstEnd);
    const n = list.srcStart.length;
    const srcTail = n ? list.srcEnd[n - 1]! : 0;
    const dstTail = n ? list.dstEnd[n - 1]! : 0;
    if (sourceLength - srcTail !== targetLength - dstTail) {
      throw new RangeError('OffsetMap: the unchanged tail has different lengths on the two sides');
    }
  }

  /** The map of a transformation that changed nothing. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length, length);
  }

  /** True when the map rewrites nothing (input and output are the same text). */
  get isIdentity(): boolean {
    return this.#srcStart.length === 0;
  }

  /** The rewritten stretches, in order. */
  get changes(): OffsetChange[] {
    const out: OffsetChange[] = [];
    for (let i = 0; i < this.#srcStart.length; i++) {
      out.push({
        source: { start: this.#srcStart[i]!, end: this.#srcEnd[i]! },
        target: { start: this.#dstStart[i]!, end: this.#dstEnd[i]! },
      });
    }
    return out;
  }

  /**
   * Carries an output offset back to the input.
   * @param offset - an offset into the output, `0 <= offset <= targetLength`.
   * @param bias - which edge of a rewritten stretch an offset inside it goes to.
   * @returns the corresponding offset into the input.
   */
  toSource(offset: number, bias: Bias = 'start'): number {
    return project(offset, bias, this.#dstStart, this.#dstEnd, this.#srcStart, this.#srcEnd);
  }

  /**
   * Carries an input offset forward to the output.
   * @param offset - an offset into the input, `0 <= offset <= sourceLength`.
   * @param bias - which edge of a rewritten stretch an offset inside it goes to.
   * @returns the corresponding offset into the output.
   */
  toTarget(offset: number, bias: Bias = 'start'): number {
    return project(offset, bias, this.#srcStart, this.#srcEnd, this.#dstStart, this.#dstEnd);
  }

  /** Carries an output span back to the smallest input span that produced it. */
  spanToSource(span: Span): Span {
    return orderedSpan(this.toSource(span.start, 'start'), this.toSource(span.end, 'end'));
  }

  /** Carries an input span forward to the smallest output span it became. */
  spanToTarget(span: Span): Span {
    return orderedSpan(this.toTarget(span.start, 'start'), this.toTarget(span.end, 'end'));
  }

  /**
   * Chains two maps: `this` takes A to B and `next` takes B to C; the result takes A to C.
   * Where rewritten stretches of the two maps overlap or touch, the result has one stretch
   * that covers them all.
   */
  compose(next: OffsetMap): OffsetMap {
    if (next.sourceLength !== this.targetLength) {
      throw new RangeError('OffsetMap.compose: the next map does not start where this one ends');
    }
    if (this.isIdentity) return next;
    if (next.isIdentity) return this;
    // Sweep both lists of stretches in B coordinates: this map's target sides and next's
    // source sides. Stretches that overlap (or touch at a zero-width point) join one connected
    // component, and each component becomes one stretch of the composed map.
    const aStart = this.#dstStart;
    const aEnd = this.#dstEnd;
    const bStart = next.#srcStart;
    const bEnd = next.#srcEnd;
    const out = new StretchList();
    // Components come in increasing order, so each side is read with a forward-only cursor.
    const before = new SideCursor(this.#dstStart, this.#dstEnd, this.#srcStart, this.#srcEnd);
    const after = new SideCursor(next.#srcStart, next.#srcEnd, next.#dstStart, next.#dstEnd);
    let i = 0;
    let j = 0;
    while (i < aStart.length || j < bStart.length) {
      const takeA = j >= bStart.length || (i < aStart.length && aStart[i]! <= bStart[j]!);
      const lo = takeA ? aStart[i]! : bStart[j]!;
      let hi = takeA ? aEnd[i++]! : bEnd[j++]!;
      // Whether a zero-width stretch sits at `hi`: such a point belongs to both sides of it,
      // so a stretch that merely touches it must join the component.
      let pointAtHi = lo === hi;
      for (;;) {
        const fromA = i < aStart.length && touches(aStart[i]!, aEnd[i]!, hi, pointAtHi);
        const fromB = !fromA && j < bStart.length && touches(bStart[j]!, bEnd[j]!, hi, pointAtHi);
        if (!fromA && !fromB) break;
        const s = fromA ? aStart[i]! : bStart[j]!;
        const e = fromA ? aEnd[i++]! : bEnd[j++]!;
        if (e > hi) {
          hi = e;
          pointAtHi = s === e;
        } else if (e === hi && s === e) {
          pointAtHi = true;
        }
      }
      out.push(before.lowest(lo), before.highest(hi), after.lowest(lo), after.highest(hi));
    }
    return new OffsetMap(this.sourceLength, next.targetLength, out);
  }
}

/**
 * Records a transformation as it is made, so that its output and its {@link OffsetMap} are
 * built in one pass. Copy unchanged input with {@link OffsetMapBuilder.copyTo}, rewrite a stretch
 * with {@link OffsetMapBuilder.replace}, and call {@link OffsetMapBuilder.finish} at the end.
 *
 * @example
 * ```ts
 * const b = new OffsetMapBuilder('a  b');
 * b.copyTo(1);
 * b.replace(3, ' ');           // two spaces become one
 * const { text, map } = b.finish(); // text === 'a b'
 * ```
 */
export class OffsetMapBuilder {
  readonly #source: string;
  #cursor = 0;
  #outLength = 0;
  readonly #pieces: string[] = [];
  readonly #changes = new StretchList();

  constructor(source: string) {
    this.#source = source;
  }

  /** Offset in the input up to which the builder has consumed text. */
  get cursor(): number {
    return this.#cursor;
  }

  /** Copies the input unchanged from the cursor up to `end`. */
  copyTo(end: number): void {
    if (end <= this.#cursor) return;
    this.#pieces.push(this.#source.slice(this.#cursor, end));
    this.#outLength += end - this.#cursor;
    this.#cursor = end;
  }

  /**
   * Replaces the input from the cursor up to `end` with `replacement`. A replacement equal to
   * the text it replaces is recorded as a copy, not a change.
   */
  replace(end: number, replacement: string): void {
    if (replacement.length === end - this.#cursor && this.#source.startsWith(replacement, this.#cursor)) {
      this.copyTo(end);
      return;
    }
    this.#changes.push(this.#cursor, end, this.#outLength, this.#outLength + replacement.length);
    this.#pieces.push(replacement);
    this.#outLength += replacement.length;
    this.#cursor = end;
  }

  /** Copies the rest of the input and returns the output with its map. */
  finish(): { text: string; map: OffsetMap } {
    if (this.#changes.isEmpty) {
      return { text: this.#source, map: OffsetMap.identity(this.#source.length) };
    }
    this.copyTo(this.#source.length);
    const text = this.#pieces.join('');
    return { text, map: new OffsetMap(this.#source.length, text.length, this.#changes) };
  }
}

/**
 * Rewrites every match of a global regular expression, building the output and its
 * {@link OffsetMap} together. `replace` gets each match and its offset and returns the
 * replacement; returning the match itself leaves the text unchanged and records nothing. Small
 * rewrites give precise maps: shape the pattern (with lookarounds) so that each match is only
 * the text that changes. The engine's own `String#replace` does the rewriting; the map is
 * recorded from the replacements as they are made.
 */
export function replaceWithMap(
  text: string,
  pattern: RegExp,
  replace: (match: string, index: number) => string,
): { text: string; map: OffsetMap } {
  if (!pattern.global) throw new TypeError('replaceWithMap: the pattern must have the g flag');
  const stretches = new StretchList();
  let delta = 0; // output length minus input length so far
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const index = rest[rest.length - 2] as number;
    const replacement = replace(match, index);
    if (replacement !== match) {
      const at = index + delta;
      stretches.push(index, index + match.length, at, at + replacement.length);
      delta += replacement.length - match.length;
    }
    return replacement;
  });
  if (stretches.isEmpty) return { text, map: OffsetMap.identity(text.length) };
  return { text: out, map: new OffsetMap(text.length, out.length, stretches) };
}

/**
 * Reads one side of a map (`fs`/`fe`: stretch starts and ends on this side, `ts`/`te`: on the
 * other) for offsets given in non-decreasing order, answering the smallest and largest offset on
 * the other side that corresponds to each. A point where a stretch is deleted or inserted has
 * several counterparts; elsewhere there is one.
 */
class SideCursor {
  #k = -1; // index of the last stretch starting at or before the last offset asked

  constructor(
    private readonly fs: Int32Array,
    private readonly fe: Int32Array,
    private readonly ts: Int32Array,
    private readonly te: Int32Array,
  ) {}

  #seek(offset: number): number {
    while (this.#k + 1 < this.fs.length && this.fs[this.#k + 1]! <= offset) this.#k++;
    return this.#k;
  }

  lowest(offset: number): number {
    const k = this.#seek(offset);
    if (k < 0) return offset;
    const { fs, fe, ts, te } = this;
    if (offset > fe[k]!) return offset - fe[k]! + te[k]!;
    // At the end of a stretch that has width on this side, the offset is already past it.
    return offset === fe[k]! && fe[k]! > fs[k]! ? te[k]! : ts[k]!;
  }

  highest(offset: number): number {
    const k = this.#seek(offset);
    if (k < 0) return offset;
    const { fs, fe, ts, te } = this;
    if (offset > fe[k]!) return offset - fe[k]! + te[k]!;
    // At the start of a stretch that has width on this side, the offset is still before it.
    return offset === fs[k]! && fe[k]! > fs[k]! ? ts[k]! : te[k]!;
  }
}

// Whether a stretch [s, e) joins a component that ends at `hi`.
function touches(s: number, e: number, hi: number, pointAtHi: boolean): boolean {
  return s < hi || (s === hi && (s === e || pointAtHi));
}

function orderedSpan(start: number, end: number): Span {
  return end < start ? { start, end: start } : { start, end };
}

// Index of the last stretch whose start is <= offset, or -1.
function lastAtOrBefore(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function project(
  offset: number,
  bias: Bias,
  fromStart: Int32Array,
  fromEnd: Int32Array,
  toStart: Int32Array,
  toEnd: Int32Array,
): number {
  const i = lastAtOrBefore(fromStart, offset);
  if (i < 0) return offset;
  const s = fromStart[i]!;
  const e = fromEnd[i]!;
  if (offset > e) return offset - e + toEnd[i]!;
  if (s === e) {
    // A stretch with no width on this side (deleted on the other): a span starting here
    // starts after it, a span ending here ends before it.
    return bias === 'start' ? toEnd[i]! : toStart[i]!;
  }
  if (offset === s) return toStart[i]!;
  if (offset === e) return toEnd[i]!;
  return bias === 'start' ? toStart[i]! : toEnd[i]!;
}

/**
 * A growable list of rewritten stretches, checked and merged as they are pushed.
 * Adjacent stretches stay apart when both have width on both sides (so a conversion that
 * rewrites many characters in a row keeps one stretch per character). A stretch with no width
 * on one side is merged into its neighbour, so that every offset has one answer.
 * @internal
 */
export class StretchList {
  readonly srcStart: number[] = [];
  readonly srcEnd: number[] = [];
  readonly dstStart: number[] = [];
  readonly dstEnd: number[] = [];

  get isEmpty(): boolean {
    return this.srcStart.length === 0;
  }

  /** Appends the stretch `[s0, s1)` → `[d0, d1)`, after every stretch pushed so far. */
  push(s0: number, s1: number, d0: number, d1: number): void {
    const n = this.srcStart.length;
    const ps1 = n ? this.srcEnd[n - 1]! : 0;
    const pd1 = n ? this.dstEnd[n - 1]! : 0;
    if (s0 < ps1 || s1 < s0 || d1 < d0 || s0 - ps1 !== d0 - pd1) {
      throw new RangeError(`OffsetMap: change ${n} is out of order or leaves unequal gaps`);
    }
    if (
      n > 0 &&
      s0 === ps1 &&
      d0 === pd1 &&
      (s0 === s1 || d0 === d1 || this.srcStart[n - 1] === ps1 || this.dstStart[n - 1] === pd1)
    ) {
      this.srcEnd[n - 1] = s1;
      this.dstEnd[n - 1] = d1;
      return;
    }
    this.srcStart.push(s0);
    this.srcEnd.push(s1);
    this.dstStart.push(d0);
    this.dstEnd.push(d1);
  }
}
