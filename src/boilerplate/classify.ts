/**
 * Line classifier: splits the input into trimmed lines, measures each line's shape, and finds
 * the first rule that matches it.
 * @module
 */
import { type DateMatch, findDate, isOnlyDate } from './dates.js';
import { LINE_RULE_GROUPS, type LineRule, VOCABULARY_RULES, type VocabularyRule } from './rules.js';

// local aliases: module bindings can be getters under some loaders, and these are read per line
const GROUPS = LINE_RULE_GROUPS;
const VOCAB_RULES = VOCABULARY_RULES;
const onlyDate = isOnlyDate;
const dateIn = findDate;

import type { Kind } from './types.js';

/** The rule a line matched. */
export interface Match {
  name: string;
  kind: Kind;
  strength: 'strong' | 'weak';
  weight: number;
  boundary?: 'list' | 'comments';
}

/** One non-empty line of the input. */
export interface Line {
  /** Trimmed span in the input. */
  start: number;
  end: number;
  /** The line with HTML space entities turned into spaces and whitespace runs collapsed. */
  norm: string;
  /** Characters in `norm` (not counting spaces). */
  chars: number;
  han: number;
  /** Sentence-final marks: 。！？!?… (a `.` counts after Han text). */
  ends: number;
  /** Clause marks: ，,、；;：: */
  clauses: number;
  /** Full stops: 。．, `.` after Han text, … (not ！？, which end headlines as often as sentences). */
  stops: number;
  /** Ends with a sentence-final mark, possibly followed by a closing quote or bracket. */
  final: boolean;
  /** Long enough and punctuated like running prose. */
  prose: boolean;
  match?: Match;
}

/** A compiled user rule. */
export interface CompiledCustomRule {
  name: string;
  kind: Kind;
  pattern: RegExp;
}

const ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?/gi;

/** Calls `fn` with the trimmed span of every non-empty line of `input`, in order (no span objects). */
export function forEachLine(input: string, fn: (start: number, end: number) => void): void {
  const n = input.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = input.charCodeAt(j);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      j++;
    }
    let s = i;
    let e = j;
    while (s < e && isSpace(input.charCodeAt(s))) s++;
    while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
    if (e > s) fn(s, e);
    i = j + 1;
  }
}

/** Normalises a line for matching: HTML space entities → space, whitespace runs → one space. */
export function normalise(raw: string): string {
  const s = raw.indexOf('&') >= 0 ? raw.replace(ENTITY, ' ') : raw;
  // only rewrite when there is a whitespace run or a whitespace other than a plain space
  return needsCollapse(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

function isSpace(c: number): boolean {
  // most characters of Chinese text are above U+3000: one comparison settles them
  if (c > 0x3000) return c === 0xfeff;
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function needsCollapse(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return true;
  let prev = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const sp = isSpace(c);
    if (sp && (prev || c !== 32)) return true;
    prev = sp;
  }
  return false;
}

/** Closing quotes and brackets that may follow a sentence-final mark: ” ’ " ' 」 』 ） ) 》 】 ] */
function isCloser(c: number): boolean {
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0xff09 ||
    c === 0x29 ||
    c === 0x300b ||
    c === 0x3011 ||
    c === 0x5d
  );
}

/** Measures a line's shape. */
export function measure(start: number, end: number, norm: string): Line {
  let chars = 0;
  let han = 0;
  let ends = 0;
  let clauses = 0;
  let stops = 0;
  let prevHan = false;
  const len = norm.length;
  for (let i = 0; i < len; i++) {
    const c = norm.charCodeAt(i);
    if (c === 32) continue;
    chars++;
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      prevHan = true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      // a surrogate pair counts once; Han in the supplementary planes (U+20000–U+3FFFF)
      const cp = norm.codePointAt(i)!;
      if (cp >= 0x20000 && cp <= 0x3ffff) han++;
      i++;
      prevHan = false;
      continue;
    }
    switch (c) {
      case 0x3002: // 。
      case 0xff0e: // ．
      case 0x2026: // …
        ends++;
        stops++;
        break;
      case 0xff01: // ！
      case 0xff1f: // ？
      case 0x21:
      case 0x3f:
        ends++;
        break;
      case 0x2e: // . after Han
        if (prevHan) {
          ends++;
          stops++;
        }
        break;
      case 0xff0c: // ，
      case 0x2c:
      case 0x3001: // 、
      case 0xff1b: // ；
      case 0x3b:
      case 0xff1a: // ：
      case 0x3a:
        clauses++;
        break;
    }
    prevHan = false;
  }
  let k = len - 1;
  while (k >= 0 && isCloser(norm.charCodeAt(k))) k--;
  const last = k >= 0 ? norm[k]! : '';
  const final =
    last === '。' ||
    last === '！' ||
    last === '？' ||
    last === '…' ||
    last === '!' ||
    last === '?' ||
    last === '；' ||
    (last === '.' && han > 0);
  const hanShare = chars > 0 ? han / chars : 0;
  const prose =
    hanShare >= 0.3 &&
    ((chars >= 14 && ends >= 1 && (final || ends >= 2 || clauses >= 1)) ||
      (chars >= 40 && ends + clauses >= 3) ||
      (chars >= 24 && final && clauses >= 1));
  return { start, end, norm, chars, han, ends, clauses, stops, final, prose };
}

// ——— vocabulary segmentation ———

/** A node of a trie over words read backwards, keyed by UTF-16 code unit. */
interface TrieNode {
  word: boolean;
  next: Map<number, TrieNode>;
}

interface Vocabulary {
  /** The words reversed, so that the words ending at a position are one walk to the left. */
  reversed: TrieNode;
  maxLen: number;
  /** 1 for every code unit some word uses or filler is made of (the quick bound's test). */
  usable: Uint8Array;
}
const vocabCache = new WeakMap<readonly string[], Vocabulary>();
function vocabulary(words: readonly string[]): Vocabulary {
  let v = vocabCache.get(words);
  if (!v) {
    const reversed: TrieNode = { word: false, next: new Map() };
    for (const w of words) {
      let node = reversed;
      for (let i = w.length - 1; i >= 0; i--) {
        const c = w.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { word: false, next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      node.word = true;
    }
    const usable = FILLER_UNITS.slice();
    for (const w of words) for (let i = 0; i < w.length; i++) usable[w.charCodeAt(i)] = 1;
    v = { reversed, maxLen: Math.max(...words.map((w) => w.length)), usable };
    vocabCache.set(words, v);
  }
  return v;
}

const FILLER_CHARS = '|｜·•/\\、,，:：-—_+()（）[]【】<>《》>»0123456789';
/** 1 for separators, digits and whitespace: characters that count as covered without a word. */
const FILLER_UNITS = (() => {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < FILLER_CHARS.length; i++) t[FILLER_CHARS.charCodeAt(i)] = 1;
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) t[c] = 1;
  return t;
})();

let coverBest = new Int32Array(128);
let coverCount = new Int32Array(128);

/**
 * Segments `s` greedily-optimally into vocabulary words and filler (separators, digits).
 * Returns [words used, share of characters covered by words or filler]: the most characters
 * covered, and among those segmentations the fewest words. O(n · maxLen), and nothing is
 * allocated per character (the words ending at each position are found by walking the
 * reversed-word trie leftwards).
 */
export function coverage(s: string, words: readonly string[]): [number, number] {
  const v = vocabulary(words);
  const n = s.length;
  // quick bound: characters that no word uses and that are not filler can never be covered
  let possible = 0;
  for (let i = 0; i < n; i++) possible += v.usable[s.charCodeAt(i)]!;
  if (n > 0 && possible / n < 0.7) return [0, possible / n];
  // best[i] = max covered chars in s[0..i); cnt[i] = words used on that path (buffers reused
  // across calls: every entry read is written first)
  if (coverBest.length < n + 1) {
    coverBest = new Int32Array(2 * n + 2);
    coverCount = new Int32Array(2 * n + 2);
  }
  const best = coverBest;
  const cnt = coverCount;
  best[0] = 0;
  cnt[0] = 0;
  for (let i = 1; i <= n; i++) {
    best[i] = best[i - 1]!;
    cnt[i] = cnt[i - 1]!;
    if (FILLER_UNITS[s.charCodeAt(i - 1)] === 1) {
      best[i] = best[i - 1]! + 1;
    }
    let node: TrieNode | undefined = v.reversed;
    for (let l = 1; l <= v.maxLen && l <= i; l++) {
      node = node.next.get(s.charCodeAt(i - l));
      if (node === undefined) break;
      if (node.word) {
        const b = best[i - l]! + l;
        if (b > best[i]! || (b === best[i]! && cnt[i - l]! + 1 < cnt[i]!)) {
          best[i] = b;
          cnt[i] = cnt[i - l]! + 1;
        }
      }
    }
  }
  return [cnt[n]!, n > 0 ? best[n]! / n : 0];
}

function vocabMatch(rule: VocabularyRule, c: [number, number]): boolean {
  return c[0] >= rule.minWords && c[1] >= rule.minCoverage;
}

function lineRuleMatch(line: Line, rule: LineRule): boolean {
  if (rule.maxLength !== undefined && line.norm.length > rule.maxLength) return false;
  if (rule.notProse && line.prose) return false;
  if (
    rule.noSentenceEnd &&
    line.ends > 0 &&
    !(line.ends === 1 && /[?？!！]$/.test(line.norm) && line.chars <= 12)
  )
    return false;
  return rule.pattern.test(line.norm);
}

function toMatch(r: LineRule | VocabularyRule): Match {
  const m: Match = { name: r.name, kind: r.kind, strength: r.strength, weight: r.weight ?? -6 };
  if ('boundary' in r && r.boundary) m.boundary = r.boundary;
  return m;
}

/**
 * The rules a call runs, with the disabled ones left out and each rule's Match built once, so
 * that the per-line loop neither looks names up nor allocates. Matches are shared between
 * lines and never mutated.
 */
interface Plan {
  /** `bit`: the rule's prefilter bit (see `prefilterMask`), -1 for a rule without one. */
  lineRules: { rule: LineRule; match: Match; bit: number }[];
  vocabRules: { rule: VocabularyRule; match: Match }[];
  breadcrumb: boolean;
  date: boolean;
  byline: boolean;
  linkRow: boolean;
  glued: boolean;
}

const BREADCRUMB_MATCH: Match = {
  name: 'nav.breadcrumb',
  kind: 'navigation',
  strength: 'strong',
  weight: -6,
};
const DATE_MATCH: Match = { name: 'noise.date', kind: 'noise', strength: 'strong', weight: -3 };
const BYLINE_MATCH: Match = { name: 'byline.datetime', kind: 'byline', strength: 'strong', weight: -4 };
const LINK_ROW_MATCH: Match = { name: 'nav.link-row', kind: 'navigation', strength: 'strong', weight: -6 };

// one plan per set of disabled rules; `resolve` builds that set once per call
const plans = new WeakMap<ReadonlySet<string>, Plan>();
function planFor(disabled: ReadonlySet<string>): Plan {
  let p = plans.get(disabled);
  if (!p) {
    p = {
      lineRules: GROUPS.flat()
        .map((rule, i) => ({ rule, match: toMatch(rule), bit: rule.requires === undefined ? -1 : i }))
        .filter(({ rule }) => !disabled.has(rule.name)),
      vocabRules: VOCAB_RULES.filter((r) => !disabled.has(r.name)).map((rule) => ({
        rule,
        match: toMatch(rule),
      })),
      breadcrumb: !disabled.has('nav.breadcrumb'),
      date: !disabled.has('noise.date'),
      byline: !disabled.has('byline.datetime'),
      linkRow: !disabled.has('nav.link-row'),
      glued: !disabled.has('related.glued-headlines'),
    };
    plans.set(disabled, p);
  }
  return p;
}

// ——— the prefilter: which rules a line could match, from its characters ———

/**
 * For each code unit, an index into `UNIT_MASKS` (0: no rule needs it); for each index, the
 * rules (bit i = the i-th line rule, in two 32-bit halves) whose `requires` holds that unit.
 * Built on first use: 128 kB.
 */
let unitClass: Uint16Array | undefined;
let unitMasks: Int32Array = new Int32Array(2);

function buildPrefilter(): Uint16Array {
  const rules = GROUPS.flat();
  if (rules.length > 64) throw new Error('prefilter: more than 64 line rules');
  const byUnit = new Map<number, [number, number]>();
  rules.forEach((r, i) => {
    if (r.requires === undefined) return;
    for (let k = 0; k < r.requires.length; k++) {
      const u = r.requires.charCodeAt(k);
      const m = byUnit.get(u) ?? [0, 0];
      if (i < 32) m[0] |= 1 << i;
      else m[1] |= 1 << (i - 32);
      byUnit.set(u, m);
    }
  });
  const table = new Uint16Array(0x10000);
  unitMasks = new Int32Array(2 * (byUnit.size + 1));
  let next = 1;
  for (const [u, [a, b]] of byUnit) {
    table[u] = next;
    unitMasks[2 * next] = a;
    unitMasks[2 * next + 1] = b;
    next++;
  }
  return table;
}

/** Longest line whose characters are scanned: longer lines pass every prefilter (few rules allow them). */
const PREFILTER_MAX = 300;

// the last prefilterMask result, in two halves (module state rather than a tuple per line)
let maskLo = 0;
let maskHi = 0;

/** Sets maskLo/maskHi to the rules (bits, as in `Plan.lineRules`) whose prefilter characters occur in `s`. */
function prefilterMask(s: string): void {
  const n = s.length;
  if (n > PREFILTER_MAX) {
    maskLo = -1;
    maskHi = -1;
    return;
  }
  if (unitClass === undefined) unitClass = buildPrefilter();
  const table = unitClass;
  const masks = unitMasks;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const k = table[s.charCodeAt(i)]!;
    if (k !== 0) {
      lo |= masks[2 * k]!;
      hi |= masks[2 * k + 1]!;
    }
  }
  maskLo = lo;
  maskHi = hi;
}

function hasAsciiDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Classifies one line: the first matching rule, or undefined. */
export function classify(
  line: Line,
  disabled: ReadonlySet<string>,
  custom: readonly CompiledCustomRule[],
): Match | undefined {
  for (const r of custom) {
    if (disabled.has(r.name)) continue;
    r.pattern.lastIndex = 0;
    if (r.pattern.test(line.norm)) return { name: r.name, kind: r.kind, strength: 'strong', weight: -10 };
  }
  const plan = planFor(disabled);
  prefilterMask(line.norm);
  const lo = maskLo;
  const hi = maskHi;
  const lineRules = plan.lineRules;
  for (let i = 0; i < lineRules.length; i++) {
    const { rule, match, bit } = lineRules[i]!;
    // skip a pattern when the line holds none of the characters every match needs
    if (bit >= 0 && ((bit < 32 ? lo >>> bit : hi >>> (bit - 32)) & 1) === 0) continue;
    if (lineRuleMatch(line, rule)) return match;
  }
  if (plan.breadcrumb && isBreadcrumb(line)) return BREADCRUMB_MATCH;
  // Both date rules need a date or time, and every date pattern needs an ASCII digit; the
  // byline rule stops at 100 characters. Lines outside that skip both.
  if (line.norm.length <= 100 && hasAsciiDigit(line.norm)) {
    // the date search is shared by the two date rules (undefined: not searched yet)
    let date: DateMatch | null | undefined;
    if (plan.date && line.norm.length <= 40) {
      date = dateIn(line.norm) ?? null;
      if (onlyDate(line.norm, date)) return DATE_MATCH;
    }
    if (plan.byline && isBylineShaped(line, date)) return BYLINE_MATCH;
  }
  // menus and toolbars have no full stops and are short
  if (plan.vocabRules.length > 0 && line.stops === 0 && line.norm.length <= 120) {
    // one segmentation per word list: rules that share a list share its coverage
    // rules that share a word list (toolbar / button, menu / menu item) share its segmentation
    let w1: readonly string[] | undefined;
    let c1: [number, number] | undefined;
    let w2: readonly string[] | undefined;
    let c2: [number, number] | undefined;
    let w3: readonly string[] | undefined;
    let c3: [number, number] | undefined;
    for (const { rule, match } of plan.vocabRules) {
      const w = rule.words;
      let c: [number, number];
      if (w === w1) c = c1!;
      else if (w === w2) c = c2!;
      else if (w === w3) c = c3!;
      else {
        c = coverage(line.norm, w);
        if (w1 === undefined) [w1, c1] = [w, c];
        else if (w2 === undefined) [w2, c2] = [w, c];
        else [w3, c3] = [w, c];
      }
      if (vocabMatch(rule, c)) return match;
    }
  }
  if (plan.linkRow && isLinkRow(line)) return LINK_ROW_MATCH;
  if (plan.glued && isGluedHeadlines(line)) {
    return {
      name: 'related.glued-headlines',
      kind: 'related',
      strength: 'weak',
      weight: -Math.min(40, line.chars / 10),
    };
  }
  return undefined;
}

/**
 * A byline built around a date: short, no sentence punctuation, and little text besides the
 * date, labels, a name, a source and counters. `琨君说2024-07-19 16:22:30  136`,
 * `2023年04月21日07:52 来源：某某网-文化频道`, `2023-11-02 09:15:27 来源: 经济观察周刊 举报`.
 */
export function isBylineShaped(line: Line, found?: DateMatch | null): boolean {
  if (line.norm.length > 100 || line.ends > 1) return false;
  if (/[，。；]/.test(line.norm)) return false;
  // `found`: the date search the caller already ran on this line (null: none found)
  const d = found === undefined ? dateIn(line.norm) : (found ?? undefined);
  if (!d) return false;
  const rest = line.norm.slice(0, d.index) + line.norm.slice(d.index + d.length);
  const stripped = rest.replace(
    /(?:发布时间|發佈時間|发布日期|发表时间|更新时间|时间|時間|日期|发布于|发布|發佈|来源|來源|作者|记者|記者|编辑|編輯|责任编辑|字号|举报|舉報|浏览|瀏覽|阅读|閱讀|点击|點擊|次数|分享|收藏|评论|評論|大|中|小|[:：|｜/\s\d,.\-—()（）[\]【】·])/g,
    '',
  );
  if (stripped.length > 36) return false;
  // year-less dates need a time and a short line, or they are too weak a signal
  if (d.parts.year === undefined && (d.parts.hour === undefined || line.norm.length > 50)) return false;
  return true;
}

/**
 * Many headline-like clauses glued into one long line with few full stops: a widget's list
 * flattened by the scraper (the fixture's 574-character line after 随机主题). Body paragraphs
 * of that length carry a 。 every sentence or two.
 */
export function isGluedHeadlines(line: Line): boolean {
  if (line.chars < 120) return false;
  const fullStops = countChar(line.norm, '。');
  // a paragraph has a full stop every sentence or two; a flattened list has next to none
  if (fullStops * 150 >= line.chars) return false;
  // paragraphs end with a sentence mark; flattened lists end wherever the widget ended
  if (line.final && fullStops >= 1) return false;
  return true;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  let i = s.indexOf(ch);
  while (i >= 0) {
    n++;
    i = s.indexOf(ch, i + 1);
  }
  return n;
}

/**
 * A row of links: items separated by `|` (two or more, each at most 12 characters) or by
 * spaces / `·` (three or more, each at most 8), with no sentence or clause punctuation.
 * `关于我们| 广告服务| 联系我们`, `本站首页 朗读全文 相关报道 返回顶部`, `24小时 本周 本月`.
 */
export function isLinkRow(line: Line): boolean {
  const s = line.norm;
  if (s.length > 120 || /[，。！？；,;!?]/.test(s)) return false;
  // a chapter heading with spaced letters ("第五章 附 则") is not a link row
  if (/^第[一二三四五六七八九十百千\d]+[章节條条部篇编編卷]/.test(s)) return false;
  if (/[|｜]/.test(s)) {
    const items = s.split(/\s*[|｜]+\s*/).filter((x) => x.length > 0);
    return items.length >= 2 && items.every((x) => x.length <= 12);
  }
  const items = s.split(/\s*[\s·•]\s*/).filter((x) => x.length > 0);
  return items.length >= 3 && items.every((x) => x.length <= 8) && line.han >= line.chars * 0.5;
}

const CRUMB_SEP = /\s*(?:>>|>|＞|»|›|→|\/|&gt;)\s*/;

/**
 * A breadcrumb: two to seven short items joined by `>`-like separators, with no sentence
 * punctuation. `首页 > 财经 > 正文`, `某某网>>文化`, `首页 / 图片 / 正文`. (Code, not a pattern,
 * so that the cost stays linear however the separators and spaces are arranged.)
 */
export function isBreadcrumb(line: Line): boolean {
  const s = line.norm;
  if (s.length > 90 || line.ends > 0 || /[。，,！？]/.test(s) || !/[>＞»›→/]/.test(s)) return false;
  const items = s.split(CRUMB_SEP);
  if (items.at(-1) === '') items.pop();
  if (items.length < 2 || items.length > 7) return false;
  if (items[0]!.length < 1 || items[0]!.length > 14 || /\s/.test(items[0]!)) return false;
  return items.every((x, i) => x.length >= 1 && x.length <= (i === 0 ? 14 : 16));
}
