/**
 * The boundary scanner: one left-to-right pass over the UTF-16 code units that stops only at the
 * characters that matter (marks, quotes, brackets, line breaks; see `KIND`), with no allocation
 * except the sentences it returns. Everything that needs context (a title in `《》`, a URL, a
 * quotation, an abbreviation) is decided by looking a bounded distance ahead or behind, or by a
 * cached `indexOf`, so the total work stays linear in the input. ADRs 0020–0025 explain the rules.
 * @internal
 */
import { ABBREVIATIONS } from './abbreviations.js';
import * as tables from './char-classes.js';
import { pushCut } from './max-length.js';
import { SPEECH_VERB_MAX, SPEECH_VERBS } from './speech-verbs.js';
import type { Sentence } from './types.js';

// Copied into module scope once: the hot loop must not go through import bindings, which some
// module loaders (CommonJS interop in test runners and transpilers) turn into getter calls.
const {
  ALNUM,
  CJK,
  CLAUSE,
  CLOSER,
  FLAGS,
  K_COLON,
  K_DOT,
  K_ELLIPSIS,
  K_HALF,
  K_HALF_SEMI,
  K_NEWLINE,
  K_QUOTE_CLOSE,
  K_QUOTE_OPEN,
  K_SEMI,
  K_STRAIGHT_QUOTE,
  K_STRONG,
  K_TITLE_OPEN,
  K_TITLE_OPEN_INNER,
  KIND,
  NL,
  OPENER,
  STOP_FINDER,
  WS,
} = tables;

/** Resolved options (defaults applied). */
export interface ScanOptions {
  newlineIsBoundary: boolean;
  maxLength: number;
  semicolon: boolean;
}

/**
 * A `《…》` or `〈…〉` title longer than this (or broken by a line break) is not treated as a
 * title: an unmatched `《` in scraped text must not swallow the rest of the paragraph.
 */
const TITLE_MAX = 120;

/** Open quotations tracked at once; deeper nesting is counted but not remembered. */
const QUOTE_DEPTH = 32;

// How a quotation was opened, which decides whether a mark at its end ends the sentence.
/** After `：` or `，` (`他说：“…”`): the quotation is an utterance of its own. */
const Q_STANDALONE = 1;
/** Right after a word (`他说“好！”就走了`): the quotation is part of the clause. */
const Q_EMBEDDED = 2;
/** At the start of the sentence or after an opening bracket: an utterance, which an attribution (`他说。`) may follow. */
const Q_LEADING = 3;
/** Opened in an earlier sentence, or not tracked: no opinion. */
const Q_UNKNOWN = 0;

/** Characters that make a clause after a quotation a statement rather than its attribution. */
const NEGATIONS = '不没沒无無未别別';

/** How far after a closing quote an attribution (`该公司发言人对记者表示，`) may end. */
const ATTRIBUTION_MAX = 16;

// Scanner state shared between calls (the scanner is synchronous and never re-entered).
const quotePos = new Int32Array(QUOTE_DEPTH);
const quoteChar = new Uint16Array(QUOTE_DEPTH);
const quoteHow = new Uint8Array(QUOTE_DEPTH);

/** The closing quote for each opening one. */
function closes(open: number, close: number): boolean {
  switch (open) {
    case 0x201c: // “ ”
      return close === 0x201d;
    case 0x2018: // ‘ ’
      return close === 0x2019;
    case 0x300c: // 「 」
      return close === 0x300d;
    case 0x300e: // 『 』
      return close === 0x300f;
    default: // " "
      return close === 0x22 || close === 0xff02;
  }
}

/** Splits `s` into trimmed sentences, in order. */
export function scan(s: string, opts: ScanOptions): Sentence[] {
  const out: Sentence[] = [];
  const n = s.length;
  const { newlineIsBoundary, semicolon, maxLength } = opts;
  let segStart = 0;
  let depth = 0;
  // Cached positions of the next `》`, `〉` and line breaks (n when there is none), so that each
  // title check is O(1) amortised.
  let nextTitleClose = -1;
  let nextInnerClose = -1;
  let nextLf = -1;
  let nextCr = -1;
  let nextOtherBreak = -1; // U+2028, U+2029, vertical tab, form feed

  const emit = (a: number, b: number): void => {
    while (a < b && FLAGS[s.charCodeAt(a)]! & WS) a++;
    while (b > a && FLAGS[s.charCodeAt(b - 1)]! & WS) b--;
    if (a === b) return;
    if (b - a > maxLength) pushCut(s, a, b, maxLength, out);
    else out.push({ text: s.slice(a, b), start: a, end: b });
  };

  /** How the quotation opened at `i` relates to its sentence (one of the `Q_` constants). */
  const howOpened = (i: number): number => {
    let j = i - 1;
    while (j >= segStart && FLAGS[s.charCodeAt(j)]! & WS) j--;
    if (j < segStart) return Q_LEADING;
    const p = s.charCodeAt(j);
    if (FLAGS[p]! & OPENER) return Q_LEADING;
    // `：“`, `，“`: the quotation starts a clause of its own.
    if (p === 0xff1a || p === 0x3a || p === 0xff0c || p === 0x2c) return Q_STANDALONE;
    return Q_EMBEDDED;
  };

  const pushQuote = (i: number, c: number): void => {
    if (depth < QUOTE_DEPTH) {
      quotePos[depth] = i;
      quoteChar[depth] = c;
      quoteHow[depth] = howOpened(i);
    }
    depth++;
  };

  /** Closes the innermost matching quotation; returns how it was opened (if in this sentence). */
  const popQuote = (c: number): number => {
    let d = Math.min(depth, QUOTE_DEPTH) - 1;
    while (d >= 0 && !closes(quoteChar[d]!, c)) d--;
    if (d < 0) return Q_UNKNOWN;
    depth = d;
    return quotePos[d]! >= segStart ? quoteHow[d]! : Q_UNKNOWN;
  };

  /** Whether the innermost open quotation is a straight `"`. */
  const straightOpen = (): boolean =>
    depth > 0 && depth <= QUOTE_DEPTH && closes(quoteChar[depth - 1]!, 0x22);

  for (let i = nextStop(s, 0); i < n; i = nextStop(s, i + 1)) {
    const c = s.charCodeAt(i);
    const kind = KIND[c]!;

    if (kind === K_NEWLINE) {
      if (newlineIsBoundary) {
        emit(segStart, i);
        segStart = i + 1;
        depth = 0;
        continue;
      }
      // Only a blank line ends a paragraph: a line break, optional spaces, another line break.
      let j = i + 1;
      if (c === 0x0d && s.charCodeAt(j) === 0x0a) j++;
      while (j < n && (FLAGS[s.charCodeAt(j)]! & (WS | NL)) === WS) j++;
      if (j < n && FLAGS[s.charCodeAt(j)]! & NL) {
        emit(segStart, i);
        segStart = j;
        depth = 0;
        i = j - 1;
      }
      continue;
    }

    if (kind === K_QUOTE_OPEN) {
      pushQuote(i, c);
      continue;
    }
    if (kind === K_QUOTE_CLOSE) {
      popQuote(c);
      continue;
    }
    if (kind === K_STRAIGHT_QUOTE) {
      if (straightOpen()) popQuote(c);
      else pushQuote(i, c);
      continue;
    }

    if (kind === K_TITLE_OPEN || kind === K_TITLE_OPEN_INNER) {
      // A title closed on the same line within TITLE_MAX is one token: jump to its end.
      let close: number;
      if (kind === K_TITLE_OPEN) {
        if (nextTitleClose < i) nextTitleClose = indexOrEnd(s, '》', i);
        close = nextTitleClose;
      } else {
        if (nextInnerClose < i) nextInnerClose = indexOrEnd(s, '〉', i);
        close = nextInnerClose;
      }
      if (close < n && close - i <= TITLE_MAX) {
        if (nextLf < i) nextLf = indexOrEnd(s, '\n', i);
        if (nextCr < i) nextCr = indexOrEnd(s, '\r', i);
        if (nextOtherBreak < i) nextOtherBreak = otherBreakOrEnd(s, i);
        if (nextLf > close && nextCr > close && nextOtherBreak > close) i = close;
      }
      continue;
    }

    if (kind === K_COLON) {
      // `scheme://…`: skip the URL so that its `?`, `!` and `.` are not read as marks.
      if (
        s.charCodeAt(i + 1) === 0x2f &&
        s.charCodeAt(i + 2) === 0x2f &&
        i > 0 &&
        isAsciiLetter(s.charCodeAt(i - 1))
      ) {
        let j = i + 3;
        while (j < n && isUrlChar(s.charCodeAt(j))) j++;
        // Punctuation at the end of a URL belongs to the sentence around it.
        while (j > i + 3 && isUrlTrailer(s.charCodeAt(j - 1))) j--;
        i = j - 1;
      }
      continue;
    }

    // A sentence mark (or a semicolon, which is one only when asked for).
    if ((kind === K_SEMI || kind === K_HALF_SEMI) && !semicolon) continue;

    // 1–2. The run of marks (`！？`, `?!`, `……`, `…。`, `...`) and the closing quotes and
    // brackets after it, which belong to the sentence (`。”`, `！）`, also `”。` and `。’”`).
    let strong = false;
    let fullStop = false; // `。`: a quotation that ends with it ends the sentence too
    let half = false;
    let dots = 0;
    let dotAt = i;
    let ellipsis = false;
    let quote = -1; // how the last quotation closed after the last mark was opened; -1: none
    let q = i;
    for (; q < n; q++) {
      const cc = s.charCodeAt(q);
      const k = KIND[cc]!;
      if (k === K_STRONG || (k === K_SEMI && semicolon)) {
        strong = true;
        if (cc === 0x3002 || cc === 0xff61 || cc === 0xfe12) fullStop = true;
      } else if (k === K_HALF) half = true;
      else if (k === K_HALF_SEMI && semicolon) half = halfSemicolonEnds(s, q) || half;
      else if (k === K_DOT) {
        dots++;
        dotAt = q;
      } else if (k === K_ELLIPSIS) ellipsis = true;
      else if (FLAGS[cc]! & CLOSER) {
        if (k === K_QUOTE_CLOSE) quote = popQuote(cc);
        else if (k === K_STRAIGHT_QUOTE) {
          if (!straightOpen()) {
            // A `"` at the end of a line opens nothing: like a mistyped opening quote there, it
            // closes the sentence (so a line splits the same alone as inside its paragraph).
            if (q + 1 === n || FLAGS[s.charCodeAt(q + 1)]! & NL) continue;
            break; // an opening `"`: the next sentence starts here
          }
          quote = popQuote(cc);
        } else if (cc === 0xff09 || cc === 0x29) quote = bracketOpened(s, q, segStart);
        continue;
      } else if (k === K_QUOTE_OPEN && (q + 1 === n || FLAGS[s.charCodeAt(q + 1)]! & NL)) {
        // An opening quote at the end of a line opens nothing: it is a mistyped closing one
        // (`…看到了曙光。“`), common in scraped text.
        quote = popQuote(cc === 0x201c ? 0x201d : cc === 0x2018 ? 0x2019 : cc + 1);
        continue;
      } else if (cc >= 0xd83c && cc <= 0xd83e && isLowSurrogate(s.charCodeAt(q + 1))) {
        q++; // An emoji after the mark belongs to the sentence: `到了！😊`
        continue;
      } else if (cc === 0xfe0f || cc === 0x200d || (cc >= 0x2600 && cc <= 0x27bf)) {
        continue; // ☺ ✨, variation selector, zero-width joiner of an emoji sequence
      } else if (cc === 0x5b || cc === 0xff3b) {
        // A footnote reference after the mark belongs to the sentence: `…的城市。[1]`
        const after = citationEnd(s, q);
        if (after < 0) break;
        q = after - 1;
        continue;
      } else break;
      quote = -1; // a mark after the quotation: the quotation no longer decides
    }
    if (!strong && !half && dots === 0 && !ellipsis) {
      // Only a `;` that is part of a token (`&amp;`): nothing ends here.
      i = q - 1;
      continue;
    }

    // 3. Does the sentence end here?
    const next = q < n ? s.charCodeAt(q) : -1;
    const nf = next < 0 ? 0 : FLAGS[next]!;
    let ends: boolean;
    if (next < 0 || nf & NL) ends = true;
    else if (nf & CLAUSE)
      ends = false; // `“好！”，他说`
    else if (strong) ends = true;
    else if (half) ends = halfMarkEnds(s, i, next, nf);
    else if (dots === 1 && !ellipsis) ends = dotEnds(s, dotAt, dotAt + 1, q, segStart);
    else ends = ellipsisEnds(s, q, quote);

    if (ends && nf & (CJK | ALNUM)) {
      // A quotation that is part of the clause goes on: `他说“好！”就走了。`. One that ends
      // with `。` ended the sentence with it: `…写道，关闭它“将是一场灾难。”据悉…`.
      if (quote === Q_EMBEDDED && !fullStop && dots === 0) ends = false;
      // An utterance followed by who said it: `“我们会来。”他说。`
      else if ((quote === Q_LEADING || quote === Q_UNKNOWN) && isAttribution(s, q)) ends = false;
    }

    if (ends) {
      emit(segStart, q);
      segStart = q;
    }
    i = q - 1;
  }
  emit(segStart, n);
  return out;
}

/**
 * Whether the text at `from` is a short attribution clause, `他说。`, `该公司发言人对记者表示。`:
 * a run of letters ending in a speech verb, then `。` or the end of the line.
 */
function isAttribution(s: string, from: number): boolean {
  const limit = Math.min(s.length, from + ATTRIBUTION_MAX);
  let j = from;
  while (j < limit && FLAGS[s.charCodeAt(j)]! & (CJK | ALNUM)) j++;
  if (j < s.length) {
    // Only `他说。` closes the sentence. After `他说，` or `他说：` comes a clause or a new
    // quotation of its own (`报告强调，安倍内阁…`, `丁磊回答称，“我觉得…”`).
    const c = s.charCodeAt(j);
    if (c !== 0x3002 && c !== 0x2e && !(FLAGS[c]! & NL)) return false;
  }
  // `她无法回答。` is not who said it.
  for (let k = from; k < j; k++) if (NEGATIONS.includes(s[k]!)) return false;
  for (let len = 1; len <= SPEECH_VERB_MAX && len <= j - from; len++) {
    if (SPEECH_VERBS.has(s.slice(j - len, j))) return true;
  }
  return false;
}

/** Position of the next character the scanner must look at, at or after `from`, or the length. */
function nextStop(s: string, from: number): number {
  // In running text the next stop is usually a few characters away, where a plain loop beats
  // the cost of entering the regular-expression engine; beyond that window, the engine wins.
  const n = s.length;
  const window = Math.min(from + STOP_WINDOW, n);
  for (let i = from; i < window; i++) if (KIND[s.charCodeAt(i)] !== 0) return i;
  if (window === n) return n;
  STOP_FINDER.lastIndex = window;
  return STOP_FINDER.test(s) ? STOP_FINDER.lastIndex - 1 : n;
}

/** How many characters {@link nextStop} checks one by one before handing over to the regex. */
const STOP_WINDOW = 48;

/**
 * How the bracket closed at `close` was opened, found by looking back at most
 * {@link BRACKET_MAX} characters within the sentence: like an embedded quotation after a word
 * (`他（为什么？）没来。` goes on), otherwise -1 (a bracket has no say).
 */
function bracketOpened(s: string, close: number, segStart: number): number {
  const open = s.charCodeAt(close) === 0x29 ? 0x28 : 0xff08;
  const stop = Math.max(segStart, close - BRACKET_MAX);
  for (let j = close - 1; j >= stop; j--) {
    const c = s.charCodeAt(j);
    if (c === open)
      return j > segStart && FLAGS[s.charCodeAt(j - 1)]! & (CJK | ALNUM) ? Q_EMBEDDED : Q_UNKNOWN;
    if (c === 0x29 || c === 0xff09) return Q_UNKNOWN; // another bracket closed first: give up
  }
  return Q_UNKNOWN;
}

/** How far back a closing bracket looks for its opening one. */
const BRACKET_MAX = 64;

/**
 * The position after a footnote reference that starts at `open` (`[1]`, `[2-3]`, `[注 4]`,
 * `［１］`), or -1 when there is none.
 */
function citationEnd(s: string, open: number): number {
  const limit = Math.min(s.length, open + CITATION_MAX);
  let j = open + 1;
  const c = s.charCodeAt(j);
  if (c === 0x6ce8 || c === 0x8a3b) {
    j++; // 注, 註
    if (s.charCodeAt(j) === 0x20) j++;
  }
  let digits = 0;
  for (; j < limit; j++) {
    const d = s.charCodeAt(j);
    if (isDigit(d) || (d >= 0xff10 && d <= 0xff19)) digits++;
    else if (digits > 0 && (d === 0x2d || d === 0x2013 || d === 0x2c || d === 0xff0c)) continue;
    else break;
  }
  if (digits === 0 || j >= limit) return -1;
  const close = s.charCodeAt(j);
  return close === 0x5d || close === 0xff3d ? j + 1 : -1;
}

/** The longest footnote reference recognised after a mark, `[注 12-15]`. */
const CITATION_MAX = 12;

/** Position of the next line break other than `\n` and `\r` at or after `from`, or the length. */
function otherBreakOrEnd(s: string, from: number): number {
  OTHER_BREAK.lastIndex = from;
  return OTHER_BREAK.test(s) ? OTHER_BREAK.lastIndex - 1 : s.length;
}
const OTHER_BREAK = /[\u2028\u2029\v\f]/g;

/** Position of `needle` at or after `from`, or the string's length when there is none. */
function indexOrEnd(s: string, needle: string, from: number): number {
  const at = s.indexOf(needle, from);
  return at < 0 ? s.length : at;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters a URL may contain (RFC 3986 plus `%`). */
function isUrlChar(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x3c && c !== 0x3e && c !== 0x60;
}
/** Punctuation that ends a sentence or clause rather than a URL: `见 https://a.com/x.` */
function isUrlTrailer(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x29 ||
    c === 0x27
  );
}
/** ASCII punctuation that continues a token after a dot: `./x`, `a._b`, `.@`, `.-`. */
function continuesToken(c: number): boolean {
  return (
    c === 0x2f ||
    c === 0x5f ||
    c === 0x40 ||
    c === 0x2d ||
    c === 0x23 ||
    c === 0x25 ||
    c === 0x26 ||
    c === 0x3d ||
    c === 0x2b ||
    c === 0x7e ||
    c === 0x5c ||
    c === 0x2a
  );
}

/**
 * Whether half-width `!` or `?` at `mark` ends the sentence, `next` being the character after
 * the run and its closers. Inside a token (`a?b=1`, `#!/`, `Yahoo!Mail`) it does not; after
 * Chinese it does even before Latin letters or digits (`孙杨败诉!CAS宣判…`).
 */
function halfMarkEnds(s: string, mark: number, next: number, nf: number): boolean {
  if (next >= 0x7f || nf & (WS | OPENER)) return true;
  const before = mark > 0 ? FLAGS[s.charCodeAt(mark - 1)]! : 0;
  // A capital or digit starts a sentence; a lower-case letter is a query string (`搜索?q=1`).
  return (before & (CJK | CLOSER)) !== 0 && (isDigit(next) || isAsciiUpper(next));
}

/** A half-width `;` ends a sentence between words, not inside a token such as `&amp;`. */
function halfSemicolonEnds(s: string, at: number): boolean {
  const next = at + 1 < s.length ? s.charCodeAt(at + 1) : -1;
  if (next < 0 || FLAGS[next]! & WS) return true;
  return !(FLAGS[s.charCodeAt(at - 1)]! & ALNUM) && !(next < 0x7f);
}

/** The first character after the whitespace that starts at `from`, or -1. */
function afterSpaces(s: string, from: number): number {
  let j = from;
  while (j < s.length && FLAGS[s.charCodeAt(j)]! & WS) {
    if (FLAGS[s.charCodeAt(j)]! & NL) return -1;
    j++;
  }
  return j < s.length ? s.charCodeAt(j) : -1;
}

/**
 * Whether a single `.` (or `．`) at `dot` is a full stop: not a decimal point, version, domain,
 * file name, abbreviation, initial or list number. `q` is the position after any closers.
 */
function dotEnds(s: string, dot: number, runEnd: number, q: number, segStart: number): boolean {
  const after = runEnd < s.length ? s.charCodeAt(runEnd) : -1;
  // Inside a token: 3.14, v1.2.3, www.a.com, 2024.07.19, report.pdf, a@b.com, 报告.docx. But
  // after Chinese (or a closing quote), a digit or capital starts a new sentence:
  // `…自有品牌.2009年…`, `…“相似之处”.HMX-1 并没有…`.
  if (after >= 0 && (FLAGS[after]! & ALNUM || continuesToken(after))) {
    const before = dot > segStart ? FLAGS[s.charCodeAt(dot - 1)]! : 0;
    if (!(before & (CJK | CLOSER) && (isDigit(after) || isAsciiUpper(after)))) return false;
  }

  // The word before the dot: an abbreviation (`Mr.`, `No.`, `U.S.`, `e.g.`) or an initial.
  let t = dot;
  while (t > segStart && (isAsciiLetter(s.charCodeAt(t - 1)) || s.charCodeAt(t - 1) === 0x2e)) t--;
  if (t < dot && isAsciiLetter(s.charCodeAt(t))) {
    const word = s.slice(t, dot);
    if (ABBREVIATIONS.has(word) || DOTTED_ABBREVIATION.test(word)) return false;
    if (word.length === 1 && isAsciiUpper(word.charCodeAt(0))) {
      // `J. K. Rowling`, and `A. 选项` at the start of a sentence.
      if (isAsciiUpper(afterSpaces(s, q)) && q < s.length && FLAGS[s.charCodeAt(q)]! & WS) return false;
      if (onlySpacesBefore(s, t, segStart)) return false;
    }
  }

  // A list number: at the start of the sentence (`1. 引言`, `2.坚持…`), or inline after a
  // colon, comma, semicolon, bracket or space (`步骤：1.打开 2.关闭`). After a word it is the
  // end of a sentence (`得分100.然后…`).
  let d = dot;
  while (d > segStart && isDigit(s.charCodeAt(d - 1))) d--;
  if (dot - d >= 1 && dot - d <= 3 && onlySpacesBefore(s, d, segStart)) return false;
  if (dot - d >= 1 && dot - d <= 2 && d > segStart && LIST_LEAD.includes(s[d - 1]!)) return false;

  const next = q < s.length ? s.charCodeAt(q) : -1;
  if (next < 0) return true;
  // English style: a full stop is followed by a space and not by a lower-case word.
  if (FLAGS[next]! & WS) return !isAsciiLower(afterSpaces(s, q));
  return true;
}

/** What may stand right before an inline list number (`：1.`, `；2.`, ` 3.`). */
const LIST_LEAD = '：:；;，,、（( \t\u3000';

/** `U.S`, `e.g`, `a.m`, `Ph.D`, `U.S.A`: short letter groups joined by dots (the last dot excluded). */
const DOTTED_ABBREVIATION = /^[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+$/;

function onlySpacesBefore(s: string, pos: number, segStart: number): boolean {
  for (let j = pos - 1; j >= segStart; j--) if (!(FLAGS[s.charCodeAt(j)]! & WS)) return false;
  return true;
}

/**
 * Whether an ellipsis (`……`, `⋯⋯`, `...`, no other mark) ends the sentence. It does when the
 * text ends or a new sentence visibly starts; it does not when the clause goes on
 * (`他犹豫了……最后还是去了。`).
 */
function ellipsisEnds(s: string, q: number, quote: number): boolean {
  const next = q < s.length ? s.charCodeAt(q) : -1;
  if (next < 0) return true;
  const nf = FLAGS[next]!;
  // `他说：“我不知道……”然后…`: a quoted utterance ended (unless who said it follows).
  if (quote === Q_STANDALONE) return true;
  if (quote === Q_LEADING && FLAGS[next]! & CJK) return !isAttribution(s, q);
  if (quote === Q_LEADING) return true;
  if (nf & WS) {
    const after = afterSpaces(s, q);
    return after < 0 || !(isAsciiLower(after) || (FLAGS[after]! & CLAUSE) !== 0);
  }
  // A new quotation starts a new sentence; a bracket is a remark on this one (`……（笑）`).
  return KIND[next] === K_QUOTE_OPEN || KIND[next] === K_STRAIGHT_QUOTE;
}
