/**
 * Sentence segmentation for Chinese news text, with exact offsets.
 * @module
 */
import { assertOptions, assertString } from '../errors.js';
import { scan } from './scanner.js';
import type { Sentence, SplitSentencesOptions } from './types.js';

export type { Sentence, SplitSentencesOptions } from './types.js';

const DEFAULT_MAX_LENGTH = 512;

/**
 * Splits Chinese (Simplified or Traditional, with English mixed in) text into sentences.
 *
 * A sentence ends at `。！？` and their half-width forms, at a line break (by default), and, with
 * `semicolon: true`, at `；`. Runs of marks stay together (`！？`, `……`), closing quotes and
 * brackets after the mark stay with the sentence (`“我们会来。”`), and nothing splits inside
 * titles (`《摔跤吧！爸爸》`), numbers (`3.14`), versions, URLs, e-mail addresses, times, dates,
 * file names or abbreviations (`U.S.`, `Mr.`, `No. 5`). A mark inside a quotation that is part
 * of the clause does not end it (`他说“好！”就走了。`), nor one followed by who said it
 * (`“我们会来。”他说。`); an ellipsis ends a sentence only when a new one follows. Sentences longer
 * than `maxLength` are cut. Splitting one line gives the same sentences as that line has inside
 * the whole text (with the default `newlineIsBoundary`), so callers may work line by line.
 *
 * @param text - The text to split. Never mutated; any string is accepted, including lone surrogates.
 * @param options - See {@link SplitSentencesOptions}.
 * @returns The sentences in order. Each `text` is trimmed of surrounding whitespace and equals
 *   `text.slice(start, end)` of the input; whitespace-only stretches produce none, and every
 *   non-whitespace character of the input lies in exactly one sentence.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} When `maxLength` is not a number >= 1.
 *
 * @example
 * ```ts
 * splitSentences('他说：“我们会来。”然后离开了。\n《摔跤吧！爸爸》上映了');
 * // → [
 * //   { text: '他说：“我们会来。”', start: 0, end: 10 },
 * //   { text: '然后离开了。', start: 10, end: 16 },
 * //   { text: '《摔跤吧！爸爸》上映了', start: 17, end: 28 },
 * // ]
 * ```
 */
export function splitSentences(text: string, options?: SplitSentencesOptions): Sentence[] {
  assertString(text, 'splitSentences', 'text');
  assertOptions(options, 'splitSentences');
  const maxLength = options?.maxLength ?? DEFAULT_MAX_LENGTH;
  if (typeof maxLength !== 'number' || !(maxLength >= 1)) {
    throw new RangeError(
      `splitSentences: expected options.maxLength to be a number >= 1, got ${String(maxLength)}`,
    );
  }
  return scan(text, {
    newlineIsBoundary: options?.newlineIsBoundary ?? true,
    semicolon: options?.semicolon ?? false,
    maxLength: Math.floor(maxLength),
  });
}
