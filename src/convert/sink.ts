/**
 * Output of a conversion, built in chunks: characters and replacements are written into a
 * reusable code-unit buffer that becomes one string per chunk, and long unchanged stretches
 * are taken as single slices of the input, so that no string is made per character. The
 * offset map's changes are recorded only when the caller asked for a map.
 * @internal
 */
import { type OffsetChange, OffsetMap } from '../span.js';

// Code units per chunk. String.fromCharCode.apply takes them as arguments, so this stays far
// below engines' argument limits; large enough that joining chunks costs little.
const CHUNK = 8192;
// An unchanged stretch at least this long is sliced from the input rather than copied.
const SLICE_AT = 48;

export class Sink {
  readonly #text: string;
  // Sized to the text, up to one chunk: sinks for single phrases are made often.
  #buffer: Uint16Array;
  #buffered = 0;
  readonly #pieces: string[] = [];
  // Flat (sourceStart, sourceEnd, targetStart, targetEnd) quadruples, or null without a map.
  readonly #changes: number[] | null;
  #copyFrom = 0;
  #outLength = 0;
  #changed = false;

  constructor(text: string, withMap: boolean) {
    this.#text = text;
    this.#changes = withMap ? [] : null;
    this.#buffer = new Uint16Array(Math.min(CHUNK, Math.max(16, text.length * 2)));
  }

  /** Replaces `text[start, end)`, which must start at or after everything written so far. */
  replace(start: number, end: number, replacement: string): void {
    const gap = start - this.#copyFrom;
    if (gap > 0) {
      if (gap < 8 && this.#buffered + gap <= this.#buffer.length) {
        // The usual case in dense text: a few unchanged characters since the last change.
        const buffer = this.#buffer;
        const text = this.#text;
        let n = this.#buffered;
        for (let i = this.#copyFrom; i < start; i++) buffer[n++] = text.charCodeAt(i);
        this.#buffered = n;
        this.#outLength += gap;
      } else {
        this.#copy(this.#copyFrom, start);
      }
    }
    this.#changes?.push(start, end, this.#outLength, this.#outLength + replacement.length);
    const len = replacement.length;
    if (len > SLICE_AT) {
      this.#flush();
      this.#pieces.push(replacement);
    } else {
      if (this.#buffered + len > this.#buffer.length) this.#makeRoom(len);
      const buffer = this.#buffer;
      let n = this.#buffered;
      for (let i = 0; i < len; i++) buffer[n++] = replacement.charCodeAt(i);
      this.#buffered = n;
    }
    this.#outLength += len;
    this.#copyFrom = end;
    this.#changed = true;
  }

  /**
   * Replaces the one code unit at `start` by `unit` (a BMP character by another): the same as
   * `replace(start, start + 1, String.fromCharCode(unit))` without making a string.
   */
  replaceUnit(start: number, unit: number): void {
    const gap = start - this.#copyFrom;
    if (gap >= 8 || this.#buffered + gap + 1 > this.#buffer.length) {
      this.replace(start, start + 1, String.fromCharCode(unit));
      return;
    }
    const buffer = this.#buffer;
    let n = this.#buffered;
    if (gap > 0) {
      const text = this.#text;
      for (let i = this.#copyFrom; i < start; i++) buffer[n++] = text.charCodeAt(i);
    }
    this.#outLength += gap;
    this.#changes?.push(start, start + 1, this.#outLength, this.#outLength + 1);
    buffer[n++] = unit;
    this.#buffered = n;
    this.#outLength++;
    this.#copyFrom = start + 1;
    this.#changed = true;
  }

  /**
   * Maps each code unit `u` of `text[start, end)` to `table[u]` (one code unit for one), up
   * to the first whose entry is 0; returns where it stopped. The same as a `replaceUnit` per
   * changed unit, in one loop.
   */
  mapUnits(start: number, end: number, table: Uint16Array): number {
    if (start > this.#copyFrom) this.#copy(this.#copyFrom, start);
    const text = this.#text;
    const changes = this.#changes;
    let buffer = this.#buffer;
    let n = this.#buffered;
    let changed = false;
    let i = start;
    for (; i < end; i++) {
      const unit = text.charCodeAt(i);
      const out = table[unit]!;
      if (out === 0) break;
      if (n === buffer.length) {
        this.#buffered = n;
        this.#makeRoom(1);
        buffer = this.#buffer;
        n = this.#buffered;
      }
      buffer[n++] = out;
      if (out !== unit) {
        changed = true;
        if (changes) {
          const at = this.#outLength + (i - start);
          changes.push(i, i + 1, at, at + 1);
        }
      }
    }
    this.#buffered = n;
    this.#outLength += i - start;
    this.#copyFrom = i;
    if (changed) this.#changed = true;
    return i;
  }

  /** The output text; the input itself (same string) when nothing was replaced. */
  finishText(): string {
    if (!this.#changed) return this.#text;
    if (this.#copyFrom < this.#text.length) this.#copy(this.#copyFrom, this.#text.length);
    this.#copyFrom = this.#text.length;
    this.#flush();
    return this.#pieces.length === 1 ? this.#pieces[0]! : this.#pieces.join('');
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

  #copy(start: number, end: number): void {
    const len = end - start;
    this.#outLength += len;
    if (len >= SLICE_AT) {
      this.#flush();
      this.#pieces.push(this.#text.slice(start, end));
      return;
    }
    if (this.#buffered + len > this.#buffer.length) this.#makeRoom(len);
    const buffer = this.#buffer;
    const text = this.#text;
    let n = this.#buffered;
    for (let i = start; i < end; i++) buffer[n++] = text.charCodeAt(i);
    this.#buffered = n;
  }

  // Grows a small buffer up to a chunk, or empties a full one.
  #makeRoom(len: number): void {
    if (this.#buffer.length < CHUNK) {
      const bigger = new Uint16Array(CHUNK);
      bigger.set(this.#buffer.subarray(0, this.#buffered));
      this.#buffer = bigger;
      if (this.#buffered + len <= CHUNK) return;
    }
    this.#flush();
  }

  #flush(): void {
    if (this.#buffered === 0) return;
    this.#pieces.push(unitsToString(this.#buffer.subarray(0, this.#buffered)));
    this.#buffered = 0;
  }
}

// A native UTF-16 decoder turns a chunk into a string about five times as fast as
// String.fromCharCode.apply. It keeps a leading U+FEFF (ignoreBOM) but would replace a lone
// surrogate by U+FFFD, so a chunk whose decoding holds U+FFFD is made again code unit by code
// unit (exact for lone surrogates and for a U+FFFD that was really there).
let decoder: TextDecoder | null | undefined;

function unitsToString(units: Uint16Array): string {
  if (decoder === undefined) {
    // The buffer's bytes are in the platform's order: little-endian on every usual host.
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    decoder =
      littleEndian && typeof TextDecoder === 'function'
        ? new TextDecoder('utf-16le', { ignoreBOM: true })
        : null;
  }
  if (decoder) {
    const text = decoder.decode(units);
    if (!text.includes('\ufffd')) return text;
  }
  return String.fromCharCode.apply(null, units as never);
}
