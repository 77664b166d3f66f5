/**
 * Boilerplate removal for scraped Chinese news: `stripBoilerplate` keeps the article body and
 * says what it removed and why; `extractMetadata` reads title, author, date, views, source and
 * credits from the same lines.
 *
 * Works on raw scraped text (before character normalisation): half-width punctuation in
 * Chinese, `\r\n`, full-width spaces and `&nbsp;` residue are expected.
 * @module
 */
import { assertOptions, assertString } from '../errors.js';
import { type CompiledCustomRule, classify, forEachLine, type Line, measure, normalise } from './classify.js';
import { readByline, readCredit } from './dates.js';
import { BUILTIN_RULE_NAMES, OFF_BY_DEFAULT_RULES } from './rules.js';
import {
  KINDS,
  type Kind,
  type Metadata,
  type MetadataOptions,
  type Paragraph,
  type Removal,
  type StripOptions,
  type StripResult,
} from './types.js';
import { decide } from './zones.js';

export type {
  CustomRule,
  Kind,
  Metadata,
  MetadataOptions,
  Paragraph,
  PublishedParts,
  Removal,
  StripOptions,
  StripResult,
} from './types.js';
export { BUILTIN_RULE_NAMES, KINDS, OFF_BY_DEFAULT_RULES };

interface Segment {
  start: number;
  end: number;
  keep: boolean;
  kind?: Kind;
  rule?: string;
}

interface Resolved {
  keep: ReadonlySet<Kind>;
  disabled: ReadonlySet<string>;
  custom: CompiledCustomRule[];
  timeZone: string;
}

const TZ = /^(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function resolve(options: StripOptions | undefined, fn: string): Resolved {
  assertOptions(options, fn);
  const o = options ?? {};
  const keep = new Set<Kind>();
  if (o.keep !== undefined) {
    if (!Array.isArray(o.keep)) throw new TypeError(`${fn}: expected options.keep to be an array of kinds`);
    for (const k of o.keep) {
      if (!KINDS.includes(k))
        throw new RangeError(`${fn}: unknown kind ${JSON.stringify(k)} in options.keep`);
      keep.add(k);
    }
  }
  const disabled = new Set<string>(OFF_BY_DEFAULT_RULES);
  const custom: CompiledCustomRule[] = [];
  if (o.rules !== undefined) {
    assertOptions(o.rules, fn, 'options.rules');
    for (const name of o.rules.enable ?? []) {
      if (typeof name !== 'string') throw new TypeError(`${fn}: options.rules.enable must hold rule names`);
      disabled.delete(name);
    }
    for (const name of o.rules.disable ?? []) {
      if (typeof name !== 'string') throw new TypeError(`${fn}: options.rules.disable must hold rule names`);
      disabled.add(name);
    }
    for (const r of o.rules.add ?? []) {
      if (!r || typeof r.name !== 'string' || !KINDS.includes(r.kind)) {
        throw new TypeError(`${fn}: each options.rules.add entry needs a name and a known kind`);
      }
      let pattern: RegExp;
      if (r.pattern instanceof RegExp) pattern = r.pattern;
      else if (typeof r.pattern === 'string') pattern = new RegExp(r.pattern, 'u');
      else throw new TypeError(`${fn}: options.rules.add[].pattern must be a RegExp or a string`);
      custom.push({ name: r.name, kind: r.kind, pattern });
    }
  }
  let timeZone = o.timeZone ?? '+08:00';
  if (typeof timeZone !== 'string') throw new TypeError(`${fn}: expected options.timeZone to be a string`);
  if (!TZ.test(timeZone))
    throw new RangeError(`${fn}: options.timeZone must be ±HH:MM or Z, got ${timeZone}`);
  if (timeZone === 'Z') timeZone = '+00:00';
  return { keep, disabled, custom, timeZone };
}

/** Measures and classifies the lines of `input`. */
function readLines(input: string, r: Resolved): Line[] {
  const lines: Line[] = [];
  forEachLine(input, (start, end) => {
    lines.push(classifyLine(input, start, end, r));
  });
  return lines;
}

function classifyLine(input: string, start: number, end: number, r: Resolved): Line {
  const line = measure(start, end, normalise(input.slice(start, end)));
  const m = classify(line, r.disabled, r.custom);
  if (m) line.match = m;
  return line;
}

/**
 * Decides the classified lines of `input`. With `removedOnly`, returns only the removed
 * segments (what the fixed-point rounds need), without building the kept ones.
 */
function pass(input: string, lines: Line[], r: Resolved, removedOnly = false): Segment[] {
  const decisions = decide(lines, r.disabled);
  const segments: Segment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const d = decisions[i]!;
    if (d.keep || (d.kind && r.keep.has(d.kind))) {
      splitSuffixes(input, l.start, l.end, r, segments, removedOnly);
    } else {
      segments.push({ start: l.start, end: l.end, keep: false, kind: d.kind!, rule: d.rule! });
    }
  }
  return segments;
}

// Credits glued to the end of the last paragraph: "……。（完）", "……【编辑：王琴】", "……（记者 张三）"
const SUFFIXES: { re: RegExp; kind: Kind }[] = [
  { re: /[（(]\s*(?:完|全文完)\s*[)）]$/, kind: 'editor' },
  { re: /[【[]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：][^【[\]】]{1,30}[】\]]$/, kind: 'editor' },
  { re: /[（(]\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：][^()（）]{1,30}[)）]$/, kind: 'editor' },
  { re: /[（(]\s*(?:本报记者|记者|記者|通讯员|作者)[:：\s]?[^()（）。，]{1,24}[)）]$/, kind: 'byline' },
  { re: /[（(]\s*(?:来源|來源|稿源)\s*[:：][^()（）]{1,30}[)）]$/, kind: 'source' },
];

function splitSuffixes(
  input: string,
  start: number,
  end: number,
  r: Resolved,
  out: Segment[],
  removedOnly: boolean,
): void {
  // every suffix ends with a closing bracket: skip the patterns for all other lines
  const lastCode = end > start ? input.charCodeAt(end - 1) : 0;
  const closes = lastCode === 0x29 || lastCode === 0xff09 || lastCode === 0x3011 || lastCode === 0x5d;
  if (!closes || r.disabled.has('editor.suffix')) {
    if (!removedOnly) out.push({ start, end, keep: true });
    return;
  }
  const tail: Segment[] = [];
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const from = Math.max(start, e - 48);
    const window = input.slice(from, e);
    let hit = false;
    for (const { re, kind } of SUFFIXES) {
      const m = re.exec(window);
      if (!m) continue;
      const s = from + m.index;
      // keep at least some text before the suffix, and only after a sentence end
      let k = s;
      while (k > start && /\s/.test(input[k - 1]!)) k--;
      if (k - start < 8 || !/[。！？!?”"」）)]/.test(input[k - 1]!)) break;
      if (r.keep.has(kind)) break;
      tail.unshift({ start: s, end: e, keep: false, kind, rule: 'editor.suffix' });
      e = k;
      hit = true;
      break;
    }
    if (!hit) break;
  }
  if (!removedOnly) out.push({ start, end: e, keep: true });
  out.push(...tail);
}

/**
 * Runs the passes to a fixed point: whatever a second pass would remove from the kept text is
 * removed now, so that stripping the output again removes nothing more.
 */
function run(input: string, r: Resolved): { segments: Segment[] } {
  const lines = readLines(input, r);
  let segments = pass(input, lines, r);
  for (let round = 0; round < 4; round++) {
    // The output is the kept segments joined by blank lines, so its lines are exactly the kept
    // segments. A line's class depends on its text alone, and the decisions on the lines' order
    // and classes, so the second pass can run on the kept segments in input coordinates.
    const kept = segments.filter((s) => s.keep);
    if (kept.length === 0) break;
    // kept segments and lines are both in input order: walk them together to reuse the
    // classification of every line that was kept whole
    let li = 0;
    const again = kept.map((seg) => {
      while (li < lines.length && lines[li]!.start < seg.start) li++;
      const orig = lines[li];
      return orig && orig.start === seg.start && orig.end === seg.end
        ? orig
        : classifyLine(input, seg.start, seg.end, r);
    });
    const removed = pass(input, again, r, true);
    if (removed.length === 0) break;
    const next: Segment[] = [];
    let k = 0;
    for (const seg of segments) {
      if (!seg.keep) {
        next.push(seg);
        continue;
      }
      let cur = seg.start;
      while (k < removed.length && removed[k]!.start < seg.end) {
        const rem = removed[k]!;
        pushTrimmed(input, cur, rem.start, next);
        next.push(rem);
        cur = rem.end;
        k++;
      }
      pushTrimmed(input, cur, seg.end, next);
    }
    segments = next;
  }
  return { segments };
}

function pushTrimmed(input: string, s: number, e: number, out: Segment[]): void {
  while (s < e && /\s/.test(input[s]!)) s++;
  while (e > s && /\s/.test(input[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, keep: true });
}

/** The rules whose lines `readCredit` reads (it ignores every other rule). */
const CREDIT_READERS = new Set([
  'title.original',
  'editor.credit',
  'editor.suffix',
  'source.label',
  'source.reprint',
  'byline.reporter',
  'byline.datetime',
  'noise.date',
]);

function collectMetadata(input: string, segments: Segment[], r: Resolved): Metadata {
  const meta: Metadata = {};
  for (const s of segments) {
    if (s.keep || !s.rule) continue;
    // only the title, URL and credit rules carry metadata: skip normalising everything else
    if (s.rule !== 'title.headline' && s.kind !== 'url' && !CREDIT_READERS.has(s.rule)) continue;
    const line = normalise(input.slice(s.start, s.end));
    if (s.rule === 'title.headline') {
      if (meta.title === undefined) meta.title = line;
      continue;
    }
    if (s.kind === 'url' && meta.sourceUrl === undefined) {
      const u = /(?:https?:\/\/|www\.)[^\s<>"'，。)）\]]+/i.exec(line);
      if (u) meta.sourceUrl = u[0];
      continue;
    }
    readCredit(s.rule, line, meta, r.timeZone);
  }
  // a dateline in the first paragraph: "新华社北京7月19日电（记者张三 李四）"
  const first = segments.find((s) => s.keep);
  if (first && meta.reporter === undefined) {
    const head = input.slice(first.start, Math.min(first.end, first.start + 80));
    const m =
      /^[^。]{0,40}?(?:电|電|讯|訊|报道|報道)\s*[（(]\s*(?:本报|本報)?(?:记者|記者)\s*[:：]?\s*([^()（）]{1,30}?)\s*[)）]/.exec(
        head,
      );
    if (m) meta.reporter = m[1]!.trim();
  }
  if (meta.published === undefined) {
    // a date in the header of a text with no byline: the first line that is only a date
    for (const s of segments) {
      if (s.keep) break;
      readByline(normalise(input.slice(s.start, s.end)), meta, r.timeZone);
      if (meta.published) break;
    }
  }
  return meta;
}

/**
 * Strips page furniture from scraped Chinese news text and keeps the article body.
 *
 * Kept paragraphs and removals together cover every non-whitespace character of `text`
 * exactly once, each with `text === input.slice(start, end)`. Running it on its own `text`
 * removes nothing more.
 *
 * @param text - the scraped text, raw (before character normalisation): an extractor's output
 *   or a whole page dumped one block per line.
 * @param options - `keep` kinds in the body, `rules` to add, disable or enable rules by name,
 *   `timeZone` for dates written without one (default `+08:00`).
 * @returns `{ text, paragraphs, removed, metadata }`: the body joined by blank lines, the kept
 *   paragraphs and the removals (each with `kind` and `rule`) as spans into `text`, and the
 *   metadata read from the removed lines.
 *
 * @example
 * ```ts
 * const r = stripBoilerplate('首页 | 新闻 | 国际\n琨君说2024-07-19 16:22:30  136\n日前，……。');
 * r.removed.map((x) => x.kind); // ['navigation', 'byline']
 * r.metadata.publishedAt; // '2024-07-19T16:22:30+08:00'
 * ```
 * @throws TypeError if `text` is not a string or an option has the wrong type.
 * @throws RangeError for an unknown kind in `keep` or a malformed `timeZone`.
 */
export function stripBoilerplate(text: string, options?: StripOptions): StripResult {
  assertString(text, 'stripBoilerplate', 'text');
  const r = resolve(options, 'stripBoilerplate');
  const { segments } = run(text, r);
  const paragraphs: Paragraph[] = [];
  const removed: Removal[] = [];
  for (const s of segments) {
    const t = text.slice(s.start, s.end);
    if (s.keep) paragraphs.push({ text: t, start: s.start, end: s.end });
    else removed.push({ kind: s.kind!, rule: s.rule!, text: t, start: s.start, end: s.end });
  }
  return {
    text: paragraphs.map((p) => p.text).join('\n\n'),
    paragraphs,
    removed,
    metadata: collectMetadata(text, segments, r),
  };
}

/**
 * Reads the article's metadata (title, author, publishedAt, views, source, sourceUrl, editor,
 * reporter, originalTitle) from scraped text, using the same line classification as
 * {@link stripBoilerplate}.
 *
 * @param text - the scraped text, raw.
 * @param options - `timeZone` for dates written without one (default `+08:00`).
 * @returns the fields found; a field is absent when the page does not give it, and
 *   `publishedAt` is absent when the page gives no year (`published` then holds the parts).
 * @throws TypeError if `text` is not a string; RangeError for a malformed `timeZone`.
 *
 * @example
 * ```ts
 * extractMetadata('琨君说2024-07-19 16:22:30  136\n日前，……。');
 * // { author: '琨君说', publishedAt: '2024-07-19T16:22:30+08:00', views: 136, published: {…} }
 * ```
 */
export function extractMetadata(text: string, options?: MetadataOptions): Metadata {
  assertString(text, 'extractMetadata', 'text');
  assertOptions(options, 'extractMetadata');
  const r = resolve(
    options?.timeZone === undefined ? undefined : { timeZone: options.timeZone },
    'extractMetadata',
  );
  const { segments } = run(text, r);
  return collectMetadata(text, segments, r);
}
