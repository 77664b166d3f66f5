/**
 * `zh-news-normalize/words`: word segmentation with exact offsets. A separate entry point so that
 * the core bundle does not carry segmentit's 3.8 MB of dictionaries.
 * @module
 */
import { assertOptions, assertString, describe } from '../errors.js';
import { alignRun, type Token } from './align.js';
import { type SegmentFn, segmentitSegmenter } from './segmentit.js';

export type { Token } from './align.js';

/**
 * Something that splits a whitespace-free piece of text into words: either a function that
 * returns the words in order, or an object with a `segment` method that yields `{ segment }`
 * records, such as an `Intl.Segmenter` with `granularity: 'word'`.
 */
export type Segmenter =
  | ((text: string) => Iterable<string>)
  | { segment(text: string): Iterable<{ segment: string }> };

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * The word segmenter to use instead of segmentit. It is called once per whitespace-free run of
   * the input; the words it returns are placed back onto the run, so it may drop or rewrite
   * characters without breaking offsets. Default: segmentit with its bundled dictionaries.
   */
  segmenter?: Segmenter;
}

// Whitespace-free runs: segmenters see one run at a time, so no word can span whitespace
// (segmentit alone would turn `19 16` into `1916`). `\S` includes lone surrogates and NUL.
const RUN = /\S+/g;

/**
 * Splits text into words, each with its exact UTF-16 offsets into `text`.
 *
 * Whitespace separates tokens and is never part of one; every other character belongs to exactly
 * one token (punctuation is a token of its own), so the tokens of a run of non-whitespace text
 * concatenate back to it. The default segmenter, segmentit, is loaded on the first call (a
 * quarter to half a second); it segments only 0.1 – 0.3 MB/s, so for large corpora plug in a
 * faster one through `options.segmenter`.
 *
 * @param text - the text to segment.
 * @param options - {@link TokenizeOptions}.
 * @returns the tokens in order: `{ text, start, end }` with `text === input.slice(start, end)`.
 * @throws TypeError when `text` is not a string or `options.segmenter` is not a segmenter.
 * @example
 * ```ts
 * import { tokenize } from 'zh-news-normalize/words';
 * tokenize('金正恩接见俄高官，在 19 16 年');
 * // → [{ text: '金正恩', start: 0, end: 3 }, { text: '接见', start: 3, end: 5 },
 * //    { text: '俄', start: 5, end: 6 }, { text: '高官', start: 6, end: 8 },
 * //    { text: '，', start: 8, end: 9 }, { text: '在', start: 9, end: 10 },
 * //    { text: '19', start: 11, end: 13 }, { text: '16', start: 14, end: 16 },
 * //    { text: '年', start: 17, end: 18 }]
 * ```
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertString(text, 'tokenize', 'text');
  assertOptions(options, 'tokenize');
  const segment = options?.segmenter === undefined ? undefined : toSegmentFn(options.segmenter);
  const out: Token[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const run = m[0];
    alignRun(run, m.index, (segment ?? segmentitSegmenter())(run), out);
  }
  return out;
}

function toSegmentFn(segmenter: unknown): SegmentFn {
  if (typeof segmenter === 'function') return segmenter as SegmentFn;
  if (
    segmenter !== null &&
    typeof segmenter === 'object' &&
    typeof (segmenter as { segment?: unknown }).segment === 'function'
  ) {
    const s = segmenter as { segment(text: string): Iterable<{ segment: string }> };
    return function* (run) {
      for (const part of s.segment(run)) yield part.segment;
    };
  }
  throw new TypeError(
    `tokenize: expected options.segmenter to be a function or an object with a segment method, got ${describe(segmenter)}`,
  );
}
