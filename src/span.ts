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
  // with no width on one side are never adjacent to another (see mergeAdjacent), so every
  // boundary lookup has one answer.
  readonly #srcStart: Int32Array;
  readonly #srcEnd: Int32Array;
  readonly #dstStart: Int32Array;
  readonly #dstEnd: Int32Array;

  /**
   * Builds a map from rewritten stretches. They must be sorted by position, must not overlap,
   * and must leave equal-length gaps between them on both sides. Prefer
   * {@link OffsetMapBuilder}, which guarantees this.
   */
  constructor(sourceLength: number, targetLength: number, changes: readonly OffsetChange[] = []) {
    const merged = mergeAdjacent(changes);
    const n = merged.length;
    this.sourceLength = sourceLength;
    this.targetLength = targetLength;
    this.#srcStart = new Int32Array(n);
    this.#srcEnd = new Int32Array(n);
    this.#dstStart = new Int32Array(n);
    this.#dstEnd = new Int32Array(n);
    let srcCursor = 0;
    let dstCursor = 0;
    for (let i = 0; i < n; i++) {
      const { source, target } = merged[i]!;
      if (
        source.start < srcCursor ||
        source.end < source.start ||
        target.end < target.start ||
        source.start - srcCursor !== target.start - dstCursor
      ) {
        throw new RangeError(`OffsetMap: change ${i} is out of order or leaves unequal gaps`);
      }
      this.#srcStart[i] = source.start;
      this.#srcEnd[i] = source.end;
      this.#dstStart[i] = target.start;
      this.#dstEnd[i] = target.end;
      srcCursor = source.end;
      dstCursor = target.end;
    }
    if (sourceLength - srcCursor !== targetLength - dstCursor) {
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
    const changes: OffsetChange[] = [];
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
      changes.push({
        source: { start: this.#lowest(lo, 'target'), end: this.#highest(hi, 'target') },
        target: { start: next.#lowest(lo, 'source'), end: next.#highest(hi, 'source') },
      });
    }
    return new OffsetMap(this.sourceLength, next.targetLength, changes);
  }

  // The stretch arrays seen from one side: its starts and ends, then the other side's.
  #sides(from: 'source' | 'target'): [Int32Array, Int32Array, Int32Array, Int32Array] {
    return from === 'source'
      ? [this.#srcStart, this.#srcEnd, this.#dstStart, this.#dstEnd]
      : [this.#dstStart, this.#dstEnd, this.#srcStart, this.#srcEnd];
  }

  // Smallest offset on the other side that maps to `offset` on side `from`. A point where a
  // stretch is deleted (or inserted) has several counterparts; this is the first of them.
  #lowest(offset: number, from: 'source' | 'target'): number {
    const [fs, fe, ts, te] = this.#sides(from);
    const i = lastAtOrBefore(fs, offset);
    if (i < 0) return offset;
    if (offset > fe[i]!) return offset - fe[i]! + te[i]!;
    // At the end of a stretch that has width on this side, the offset is already past it.
    return offset === fe[i]! && fe[i]! > fs[i]! ? te[i]! : ts[i]!;
  }

  // Largest offset on the other side that maps to `offset` on side `from`.
  #highest(offset: number, from: 'source' | 'target'): number {
    const [fs, fe, ts, te] = this.#sides(from);
    const i = lastAtOrBefore(fs, offset);
    if (i < 0) return offset;
    if (offset <= fe[i]!) {
      // At the start of a stretch that has width on this side, the offset is still before it.
      return offset === fs[i]! && fe[i]! > fs[i]! ? ts[i]! : te[i]!;
    }
    return offset - fe[i]! + te[i]!;
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
  readonly #changes: OffsetChange[] = [];

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
    const original = this.#source.slice(this.#cursor, end);
    if (original === replacement) {
      this.copyTo(end);
      return;
    }
    this.#changes.push({
      source: { start: this.#cursor, end },
      target: { start: this.#outLength, end: this.#outLength + replacement.length },
    });
    this.#pieces.push(replacement);
    this.#outLength += replacement.length;
    this.#cursor = end;
  }

  /** Copies the rest of the input and returns the output with its map. */
  finish(): { text: string; map: OffsetMap } {
    if (this.#changes.length === 0) {
      return { text: this.#source, map: OffsetMap.identity(this.#source.length) };
    }
    this.copyTo(this.#source.length);
    const text = this.#pieces.join('');
    return { text, map: new OffsetMap(this.#source.length, text.length, this.#changes) };
  }
}

/**
 * Rewrites every match of a global regular expression, building the output and its
 * {@link OffsetMap} together. `replace` returns the replacement for one match; returning the
 * match itself leaves the text unchanged and records nothing. Small rewrites give precise maps:
 * shape the pattern (with lookarounds) so that each match is only the text that changes.
 */
export function replaceWithMap(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): { text: string; map: OffsetMap } {
  if (!pattern.global) throw new TypeError('replaceWithMap: the pattern must have the g flag');
  const builder = new OffsetMapBuilder(text);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    builder.copyTo(m.index);
    builder.replace(m.index + m[0].length, replace(m));
  }
  return builder.finish();
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

// Adjacent stretches stay apart when both have width on both sides (so a conversion of many
// characters in a row keeps one stretch per character). A stretch with no width on one side is
// merged into its neighbour, so that every offset has one answer.
function mergeAdjacent(changes: readonly OffsetChange[]): OffsetChange[] {
  const out: OffsetChange[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (
      last &&
      last.source.end === c.source.start &&
      last.target.end === c.target.start &&
      (isEmpty(last.source) || isEmpty(last.target) || isEmpty(c.source) || isEmpty(c.target))
    ) {
      out[out.length - 1] = {
        source: { start: last.source.start, end: c.source.end },
        target: { start: last.target.start, end: c.target.end },
      };
    } else {
      out.push({ source: { ...c.source }, target: { ...c.target } });
    }
  }
  return out;
}

function isEmpty(span: Span): boolean {
  return span.start === span.end;
}
