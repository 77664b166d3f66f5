/**
 * Character classes used by the normalisation rules. Kept as data (ranges and regex sources)
 * so that every rule agrees on what "Chinese", "space" and "word character" mean.
 * @internal
 */

/** Han ideographs, including extension blocks, compatibility ideographs, 〇 and 々. */
export const HAN = /\p{Script=Han}/u;

/**
 * Characters that count as Chinese on both sides of a space the scraper left behind: Han,
 * CJK and full-width punctuation, and the curly quotes, ellipsis and dash of Chinese typography.
 * Full-width letters and digits are not included (they become ASCII).
 */
export const CHINESE_SOURCE =
  '\\p{Script=Han}\\u3001-\\u303F\\u3008-\\u3011\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018\\u2019\\u201C\\u201D\\u2026\\u2014\\u22EF';

const CHINESE_BEFORE = new RegExp(`[${CHINESE_SOURCE}]$`, 'u');
const CHINESE_AFTER = new RegExp(`^[${CHINESE_SOURCE}]`, 'u');

/** Whether the character that ends just before `index` is Chinese (see {@link CHINESE_SOURCE}). */
export function isChineseBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  // Fast path for the common ideographs and punctuation; the regex settles the rest (astral
  // ideographs, rarer blocks).
  if (isCommonHan(code) || isChinesePunctuation(code)) return true;
  return code >= 0x80 && CHINESE_BEFORE.test(text.slice(Math.max(0, index - 2), index));
}

/** Whether the character that starts at `index` is Chinese (see {@link CHINESE_SOURCE}). */
export function isChineseAfter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isCommonHan(code) || isChinesePunctuation(code)) return true;
  return code >= 0x80 && CHINESE_AFTER.test(text.slice(index, index + 2));
}

// CJK punctuation (U+3001–303F) and full-width punctuation (U+FF01–FF0F, FF1A–FF20): a subset of
// CHINESE_SOURCE, tested without a regex.
function isChinesePunctuation(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20)
  );
}

/** Horizontal white space: space, tab, no-break space, the Unicode spaces and the ideographic space. */
export const HSPACE_SOURCE = ' \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';

const WORD = /[\p{L}\p{N}]/u;
const NEWLINE = 10;

/**
 * Answers "is `text[start, end)` in Chinese text?" for a series of stretches given in order:
 * true when the nearest letter, digit or ideograph on either side (looking past white space
 * and punctuation, but not past a line break) is a Han character.
 *
 * The answer depends only on letters and ideographs, which no normalisation rule changes, so a
 * second pass decides the same way (idempotence). Each scan remembers how far it looked, so a
 * whole pass over a text costs linear time even across long runs of punctuation.
 */
export class ChineseContext {
  readonly #text: string;
  // The nearest word character after #afterFrom is #afterWord (undefined: none before a line
  // break or the end); valid for queries that start inside [#afterFrom, #afterStop].
  #afterFrom = -1;
  #afterStop = -1;
  #afterWord: string | undefined;
  // Same for the nearest word character before a position, scanning backwards.
  #beforeUpTo = 0;
  #beforeWord: string | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether the stretch `[start, end)` stands in Chinese text. Calls must come in order. */
  isChinese(start: number, end: number): boolean {
    // Fast path: an ideograph right next to the stretch (the comma in `日前,金正恩`).
    const prev = this.#text.charCodeAt(start - 1);
    if (isCommonHan(prev)) {
      this.#beforeUpTo = start;
      this.#beforeWord = this.#text[start - 1];
      return true;
    }
    if (isCommonHan(this.#text.charCodeAt(end))) return true;
    return isHan(this.#before(start)) || isHan(this.#after(end));
  }

  #before(index: number): string | undefined {
    const text = this.#text;
    // Look back only as far as the previous query; beyond it the answer is already known.
    let i = index - 1;
    while (i >= this.#beforeUpTo) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) {
        this.#beforeUpTo = index;
        this.#beforeWord = undefined;
        return undefined;
      }
      const start = isLowSurrogate(code) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
      const ch = text.slice(start, i + 1);
      if (WORD.test(ch)) {
        this.#beforeUpTo = index;
        this.#beforeWord = ch;
        return ch;
      }
      i = start - 1;
    }
    this.#beforeUpTo = index;
    return this.#beforeWord;
  }

  #after(index: number): string | undefined {
    if (index >= this.#afterFrom && index <= this.#afterStop) return this.#afterWord;
    const text = this.#text;
    let i = index;
    let word: string | undefined;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) break;
      const next =
        isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
          ? i + 2
          : i + 1;
      const ch = text.slice(i, next);
      if (WORD.test(ch)) {
        word = ch;
        break;
      }
      i = next;
    }
    this.#afterFrom = index;
    this.#afterStop = i;
    this.#afterWord = word;
    return word;
  }
}

// CJK Unified Ideographs and Extension A: most Han text, tested without a regex.
function isCommonHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff && (code >= 0x4e00 || code <= 0x4dbf);
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether the characters immediately before and after `text[start, end)` are ASCII digits. */
export function betweenDigits(text: string, start: number, end: number): boolean {
  return isAsciiDigit(text.charCodeAt(start - 1)) && isAsciiDigit(text.charCodeAt(end));
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
