/**
 * Output of a conversion, built in chunks: unchanged stretches are copied as slices of the
 * input (one slice per stretch, not per character) and replacements are appended as they are
 * found; the offset map's changes are recorded only when the caller asked for a map.
 * @internal
 */
import { type OffsetChange, OffsetMap } from '../span.js';

/** A saved position of a {@link Sink}, to undo output written after it. */
export interface SinkMark {
  pieces: number;
  copyFrom: number;
  outLength: number;
  changes: number;
}

export class Sink {
  readonly #text: string;
  readonly #pieces: string[] = [];
  // Flat (sourceStart, sourceEnd, targetStart, targetEnd) quadruples, or null without a map.
  readonly #changes: number[] | null;
  #copyFrom = 0;
  #outLength = 0;

  constructor(text: string, withMap: boolean) {
    this.#text = text;
    this.#changes = withMap ? [] : null;
  }

  /** Replaces `text[start, end)` (which must start at or after everything written so far). */
  replace(start: number, end: number, replacement: string): void {
    if (start > this.#copyFrom) {
      this.#pieces.push(this.#text.slice(this.#copyFrom, start));
      this.#outLength += start - this.#copyFrom;
    }
    this.#changes?.push(start, end, this.#outLength, this.#outLength + replacement.length);
    this.#pieces.push(replacement);
    this.#outLength += replacement.length;
    this.#copyFrom = end;
  }

  mark(): SinkMark {
    return {
      pieces: this.#pieces.length,
      copyFrom: this.#copyFrom,
      outLength: this.#outLength,
      changes: this.#changes?.length ?? 0,
    };
  }

  reset(mark: SinkMark): void {
    this.#pieces.length = mark.pieces;
    this.#copyFrom = mark.copyFrom;
    this.#outLength = mark.outLength;
    if (this.#changes) this.#changes.length = mark.changes;
  }

  /** The output text; the input itself (same string) when nothing was replaced. */
  finishText(): string {
    if (this.#pieces.length === 0) return this.#text;
    if (this.#copyFrom < this.#text.length) this.#pieces.push(this.#text.slice(this.#copyFrom));
    this.#copyFrom = this.#text.length;
    return this.#pieces.join('');
  }

  /** The output text and the map from the input to it. */
  finish(): { text: string; map: OffsetMap } {
    const text = this.finishText();
    const flat = this.#changes ?? [];
    const changes: OffsetChange[] = [];
    for (let i = 0; i < flat.length; i += 4) {
      changes.push({
        source: { start: flat[i]!, end: flat[i + 1]! },
        target: { start: flat[i + 2]!, end: flat[i + 3]! },
      });
    }
    return { text, map: new OffsetMap(this.#text.length, text.length, changes) };
  }
}
