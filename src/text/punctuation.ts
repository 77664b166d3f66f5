import { betweenDigits, ChineseContext, HAN } from './chars.js';
import type { Rule } from './rule.js';

/**
 * Half-width `, ; : ? ! ( )` become full-width `，；：？！（）` where they stand in Chinese
 * text (`日前,金正恩` → `日前，金正恩`); "in Chinese text" means the nearest letter or
 * ideograph on either side is Han (see {@link ChineseContext}). They stay as they are:
 * - inside URLs and e-mail addresses (matched first and left alone);
 * - between two ASCII digits (`1,000`, `16:22:30`, `3:2`);
 * - in Latin-script runs (`Hello, world` in a Chinese sentence: its nearest letters are Latin).
 * Parentheses are decided in pairs, so that a pair is never half converted: a pair on one line
 * converts when its content has a Han character or the word before it is Han (`美联社(AP)` →
 * `美联社（AP）`, but `f(x)的值` stays). A parenthesis without a partner is decided alone.
 */
export const punctuation: Rule = {
  pattern: /[,;:?!()]/g,
  replacer: (text) => {
    const context = new ChineseContext(text);
    const links = new LinkFinder(text);
    let pairedClose = -1;
    let convertClose = false;
    return (ch, at) => {
      if (links.covers(at)) return ch;
      if (ch === '(') {
        const close = partnerOf(text, at);
        if (close >= 0) {
          const convert = HAN.test(text.slice(at + 1, close)) || context.isChinese(at, at);
          pairedClose = close;
          convertClose = convert;
          return convert ? FULL.get(ch)! : ch;
        }
      } else if (ch === ')' && at === pairedClose) {
        return convertClose ? FULL.get(ch)! : ch;
      }
      if ((ch === ',' || ch === ':' || ch === ';') && betweenDigits(text, at, at + 1)) return ch;
      return context.isChinese(at, at + 1) ? FULL.get(ch)! : ch;
    };
  },
};

// URLs and e-mail addresses, searched for only inside the run of non-space, non-CJK characters
// around a candidate (a "token"), so that the common case — a comma between two ideographs —
// costs two character tests. A URL does not end in punctuation that usually follows it in prose
// (`见www.a.com)。`).
const URL_END = String.raw`[^.,;:!?)\]]`;
const LINK = new RegExp(
  [
    String.raw`\b(?:https?|ftp)://[\s\S]*${URL_END}`,
    String.raw`\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[\s\S]*${URL_END})?`,
    String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
  ].join('|'),
  'g',
);
const LINK_HINT = /:\/\/|www\.|@/;

class LinkFinder {
  readonly #text: string;
  #tokenEnd = -1;
  #links: [number, number][] = [];

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether offset `at` lies inside a URL or e-mail address. Calls must come in order. */
  covers(at: number): boolean {
    const text = this.#text;
    // Fast path: a candidate between two non-token characters is a token by itself.
    if (!isTokenChar(text.charCodeAt(at - 1)) && !isTokenChar(text.charCodeAt(at + 1))) return false;
    if (at >= this.#tokenEnd) this.#readToken(at);
    for (const [s, e] of this.#links) if (at >= s && at < e) return true;
    return false;
  }

  #readToken(at: number): void {
    const text = this.#text;
    let s = at;
    while (s > 0 && isTokenChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && isTokenChar(text.charCodeAt(e))) e++;
    this.#tokenEnd = e;
    this.#links = [];
    const token = text.slice(s, e);
    if (!LINK_HINT.test(token)) return;
    LINK.lastIndex = 0;
    for (let m = LINK.exec(token); m !== null; m = LINK.exec(token)) {
      this.#links.push([s + m.index, s + m.index + m[0].length]);
    }
  }
}

// Characters that can be part of a URL or e-mail address as written in Chinese text: not
// white space, not CJK punctuation or ideographs, not full-width forms, not quotes or angle brackets.
function isTokenChar(code: number): boolean {
  if (!(code > 0x20)) return false; // also NaN, past either end of the text
  if (code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e) return false;
  if (code >= 0x3000 && code <= 0x9fff) return false;
  if (code >= 0xff00 && code <= 0xffef) return false;
  return (
    code !== 0x7f &&
    code !== 0xa0 &&
    code !== 0x2028 &&
    code !== 0x2029 &&
    !(code >= 0x2000 && code <= 0x200a)
  );
}

const FULL = new Map([
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['?', '？'],
  ['!', '！'],
  ['(', '（'],
  [')', '）'],
]);

// Longest parenthesised stretch considered a pair; beyond it the brackets are decided alone.
const MAX_PAIR_LENGTH = 200;

// The `)` that closes the `(` at `open`: the first parenthesis of either width after it on the
// same line, if that is a half-width `)`. Looking at both widths keeps the decision the same
// after an inner pair has been converted (idempotence).
function partnerOf(text: string, open: number): number {
  const limit = Math.min(text.length, open + 1 + MAX_PAIR_LENGTH);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return i;
    if (c === 0x28 || c === 0xff08 || c === 0xff09 || c === 10) return -1;
  }
  return -1;
}
