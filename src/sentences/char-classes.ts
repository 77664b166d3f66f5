/**
 * Character tables for the sentence scanner: one byte of flags and one byte of kind per UTF-16
 * code unit, built once at module load, so the scanner classifies a character with two array
 * reads and never allocates.
 * @internal
 */

// ---- Flags (bit set per code unit) ----

/** Whitespace exactly as JavaScript's `\s` defines it (so trimming agrees with `String#trim`). */
export const WS = 1;
/** A line break: `\n`, `\r`, LINE SEPARATOR, PARAGRAPH SEPARATOR, vertical tab, form feed. */
export const NL = 2;
/** Chinese, Japanese or Korean letters: a character that can start or continue a CJK clause. */
export const CJK = 4;
/** ASCII letters and digits, and their full-width forms: a token such as `3.14` or `v1.2` goes on. */
export const ALNUM = 8;
/** Closing quotes and brackets that belong to the sentence when they follow its final mark. */
export const CLOSER = 16;
/** Where a sentence longer than `maxLength` may be cut: after `，；、,;` (whitespace too, via WS). */
export const CUT = 32;
/** Punctuation that continues a clause: a mark followed by one of these does not end the sentence. */
export const CLAUSE = 64;
/** Opening quotes and brackets: what a new sentence may start with. */
export const OPENER = 128;

// ---- Kinds (one per code unit; 0 = nothing the scanner stops for) ----

/** `。！？` and other marks that end a sentence wherever they stand. */
export const K_STRONG = 1;
/** Half-width `!` and `?`: they end a sentence unless they are inside a token (`a?b=1`, `#!/`). */
export const K_HALF = 2;
/** `.` and full-width `．`: a full stop only when it is not a decimal point, abbreviation, URL… */
export const K_DOT = 3;
/** `…` and `⋯` (U+22EF, usual in Taiwan and Hong Kong): an ellipsis, which may or may not end. */
export const K_ELLIPSIS = 4;
/** `；`: a boundary only with the `semicolon` option. */
export const K_SEMI = 5;
/** Half-width `;`: a boundary only with the `semicolon` option and outside tokens (`&amp;`). */
export const K_HALF_SEMI = 6;
/** `《`: a title, inside which nothing splits. */
export const K_TITLE_OPEN = 7;
/** `〈`: a title inside a title (or alone), same rule. */
export const K_TITLE_OPEN_INNER = 8;
/** Line breaks. */
export const K_NEWLINE = 9;
/** Opening quotes `“‘「『`. */
export const K_QUOTE_OPEN = 10;
/** Closing quotes `”’」』`. */
export const K_QUOTE_CLOSE = 11;
/** The straight double quote `"`, which opens or closes depending on what is open. */
export const K_STRAIGHT_QUOTE = 12;
/** `:`, watched for `://` so that URLs are skipped as one token. */
export const K_COLON = 13;

export const FLAGS = new Uint8Array(0x10000);
export const KIND = new Uint8Array(0x10000);

function setFlag(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) FLAGS[chars.charCodeAt(i)]! |= flag;
}
function setRange(from: number, to: number, flag: number): void {
  for (let c = from; c <= to; c++) FLAGS[c]! |= flag;
}
function setKind(chars: string, kind: number): void {
  for (let i = 0; i < chars.length; i++) KIND[chars.charCodeAt(i)] = kind;
}

// Whitespace: the `\s` class of ECMAScript (includes NBSP, U+3000 ideographic space and BOM).
setFlag('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', WS);
setRange(0x2000, 0x200a, WS);
setFlag('\n\r\u2028\u2029\v\f', NL);

// CJK letters. Han: Extension A, the URO, compatibility ideographs, and the high surrogates of
// planes 2–3 (Extensions B–H), so an astral Han character counts by its first code unit.
setRange(0x3400, 0x4dbf, CJK);
setRange(0x4e00, 0x9fff, CJK);
setRange(0xf900, 0xfaff, CJK);
setRange(0xd840, 0xd8bf, CJK);
// Iteration and zero marks (々〇), kana, Hangul: Chinese news quotes Japanese and Korean names.
setFlag('\u3005\u3006\u3007', CJK);
setRange(0x3040, 0x30ff, CJK);
setRange(0xac00, 0xd7af, CJK);

// Letters and digits that continue a token across a dot, in ASCII and full width.
setRange(0x30, 0x39, ALNUM);
setRange(0x41, 0x5a, ALNUM);
setRange(0x61, 0x7a, ALNUM);
setRange(0xff10, 0xff19, ALNUM);
setRange(0xff21, 0xff3a, ALNUM);
setRange(0xff41, 0xff5a, ALNUM);

// Closing quotes and brackets, Chinese and Western: `他说：“我们会来。”` keeps its `”`.
setFlag('”’」』）】〕〗〙〛〉》｣)]}»›"\'＂＇', CLOSER);
// Opening quotes and brackets.
setFlag('“‘「『（【〔〖〘〚〈《｢([{«‹', OPENER);

// Clause punctuation: `“好！”，他说` goes on after the quote.
setFlag('，、,：:', CLAUSE);
// Cut points for over-long sentences (after the character).
setFlag('，；、,;', CUT);

// Sentence-final marks: Chinese full stop, full-width ! and ?, the half-width ideographic full
// stop, vertical presentation forms, and the double marks ‼ ⁇ ⁈ ⁉.
setKind('。！？｡︒︕︖‼⁇⁈⁉', K_STRONG);
setKind('!?', K_HALF);
setKind('.．', K_DOT);
setKind('…⋯', K_ELLIPSIS);
setKind('；', K_SEMI);
setKind(';', K_HALF_SEMI);
setKind('《', K_TITLE_OPEN);
setKind('〈', K_TITLE_OPEN_INNER);
setKind('\n\r\u2028\u2029\v\f', K_NEWLINE);
setKind('“‘「『', K_QUOTE_OPEN);
setKind('”’」』', K_QUOTE_CLOSE);
setKind('"＂', K_STRAIGHT_QUOTE);
setKind(':', K_COLON);

/**
 * A global regular expression matching every code unit whose kind is not 0. The scanner jumps
 * from one such character to the next with it: the regular-expression engine skips ordinary text
 * several times faster than a JavaScript loop can, and `test` allocates nothing.
 */
export const STOP_FINDER: RegExp = (() => {
  let cls = '';
  for (let c = 0; c < 0x10000; c++) {
    if (KIND[c] === 0) continue;
    let end = c;
    while (end + 1 < 0x10000 && KIND[end + 1] !== 0) end++;
    const hex = (x: number) => `\\u${x.toString(16).padStart(4, '0')}`;
    cls += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return new RegExp(`[${cls}]`, 'g');
})();
