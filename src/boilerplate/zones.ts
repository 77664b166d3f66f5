/**
 * Density and zone logic: finds the body run among the classified lines and decides, line by
 * line, what is kept.
 *
 * 1. Every line gets a weight: running prose is positive (about one point per eight
 *    characters), short unpunctuated lines slightly negative, rule matches clearly negative.
 *    Lines under a related or comment heading count as list items (negative) until three long
 *    prose lines in a row show the article has resumed.
 * 2. The body run is the maximum-weight contiguous run of lines (Kadane), the line-block
 *    density idea of cx-extractor: body text is a dense run of long punctuated lines, and a
 *    few short lines inside it (subheadings, captions) do not break it.
 * 3. Above the run is the header zone (title, byline, menus), below it the footer zone
 *    (credits, lists, comments, site footer): everything there is removed, named by the rule it
 *    matched or by its zone. Inside the run only strong rules, list items and isolated captions
 *    are removed; everything else is kept (when in doubt, keep).
 * @module
 */
import type { Line } from './classify.js';
import type { Kind } from './types.js';

export interface Decision {
  keep: boolean;
  kind?: Kind;
  rule?: string;
}

/** The decision to keep a line: one shared object (decisions are read, never changed). */
const KEEP: Decision = Object.freeze({ keep: true });

/** Lines that start an article's header (not list-item timestamps, which are bare dates). */
const LIST_ENDERS = new Set(['byline.datetime', 'byline.reporter', 'source.label']);

const META_RULES = new Set([
  'byline.datetime',
  'byline.reporter',
  'noise.date',
  'source.label',
  'editor.credit',
  'title.original',
]);

function proseWeight(l: Line): number {
  // A short line with no full stop is as often a headline in a list ("十全十美！中国女排…")
  // as a sentence: barely positive, so that a list of them cannot pull the body run along.
  if (l.stops === 0 && l.chars <= 40) return 0.5;
  return Math.min(l.chars, 300) / 8;
}

function baseWeight(l: Line): number {
  if (l.match) return l.match.weight;
  if (l.prose) return proseWeight(l);
  // long lines with clause marks but no full stop: weakly positive (poorly punctuated prose)
  if (l.chars >= 40 && l.han >= l.chars * 0.5 && l.clauses >= 2) return l.chars / 30;
  return l.chars <= 4 ? -2 : -1;
}

/** Heading-like short lines that are part of the article, not captions. */
const HEADING_LIKE =
  /^(?:第[一二三四五六七八九十百千\d]+[章节部分条点、.．]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．)]|[①-⑳]|——|--|【.*】$|《[^》]*》$|[■□●◆◇▌#])|[：:？?！!]$/;
const NO_PUNCT = /[，,。！？!?；;：:]/;

/** Names of issuing bodies at the end of official documents. */
const SIGNER =
  /(?:局|委|委员会|会|院|办公室|办公厅|政府|中心|公司|部|厅|处|站|所|集团|银行|协会|学校|大学|学院|医院|支部|党委|街道|社区|村委会)$/;

const TAIL_ANCHORS = new Set<Kind>(['editor', 'source', 'disclaimer', 'byline']);

/** A sentence that lacks only its final stop: two or more clause marks, mostly Han. */
function isClauseRich(l: Line, list: Kind | undefined): boolean {
  return !l.match && list === undefined && l.chars >= 20 && l.clauses >= 2 && l.han >= l.chars * 0.4;
}

function isPlainText(l: Line, list: Kind | undefined): boolean {
  return !l.match && list === undefined && l.han >= l.chars * 0.5;
}

/** Decides every line. `disabled` switches off structural rules by name. */
export function decide(lines: Line[], disabled: ReadonlySet<string>): Decision[] {
  const n = lines.length;
  const out: Decision[] = new Array(n);
  const weight = new Float64Array(n);
  // list membership: which kind of list a line stands in, if any
  const inList: (Kind | undefined)[] = new Array(n);
  let list: Kind | undefined;
  let run: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    weight[i] = baseWeight(l);
    if (l.match?.boundary) {
      list = l.match.boundary === 'comments' ? 'comments' : 'related';
      run = [];
      continue;
    }
    if (list === undefined) continue;
    // a byline or source line starts an article: the list is over
    if (l.match && LIST_ENDERS.has(l.match.name)) {
      list = undefined;
      run = [];
      continue;
    }
    const longProse = l.prose && l.chars >= 60 && !l.match;
    if (longProse) run.push(i);
    else run = [];
    inList[i] = list;
    if (l.prose && weight[i]! > 0) weight[i] = -1;
    if (run.length >= 3) {
      // the article resumed: these lines were never list items
      for (const j of run) {
        inList[j] = undefined;
        weight[j] = proseWeight(lines[j]!);
      }
      // and it resumed a little earlier: sentences and lead-ins right above the run
      for (let j = run[0]! - 1; j >= 0 && inList[j] !== undefined; j--) {
        const p = lines[j]!;
        if (p.match || !(p.prose || /[：:。！!]$/.test(p.norm))) break;
        inList[j] = undefined;
        weight[j] = baseWeight(p);
      }
      list = undefined;
      run = [];
    }
  }

  // Kadane: the maximum-weight run
  let best = 0;
  let bestA = -1;
  let bestB = -1;
  let sum = 0;
  let a = 0;
  for (let i = 0; i < n; i++) {
    if (sum <= 0) {
      sum = 0;
      a = i;
    }
    sum += weight[i]!;
    if (sum > best) {
      best = sum;
      bestA = a;
      bestB = i;
    }
  }

  if (bestA < 0 || !lines.some((l, i) => l.prose && i >= bestA && i <= bestB)) {
    // no body run: keep every line no rule claims (when in doubt, keep)
    for (let i = 0; i < n; i++) {
      const m = lines[i]!.match;
      out[i] = m ? { keep: false, kind: m.kind, rule: m.name } : KEEP;
    }
    return out;
  }

  // The head of the run may still hold a title and its byline ("Title / date / body").
  let start = bestA;
  for (let p = bestA; p <= Math.min(bestB, bestA + 4); p++) {
    const m = lines[p]!.match;
    if (m && META_RULES.has(m.name)) {
      const before = lines.slice(start, p);
      if (before.every((l) => l.match || (l.chars <= 60 && l.ends <= 1 && !/。/.test(l.norm)))) start = p + 1;
    }
  }
  // The tail of the article may be short unpunctuated lines (WeChat-style line breaks) or a
  // sentence without a final stop, which the density pass leaves out. A clause-rich line right
  // after the run is body; short text lines right after it are body when the credits follow
  // them, or when nothing follows (the same text after the credits were stripped: idempotence).
  let end = bestB;
  while (end + 1 < n && isClauseRich(lines[end + 1]!, inList[end + 1]) && !disabled.has('body.tail')) end++;
  if (!disabled.has('body.tail')) {
    let q = end + 1;
    let last = end;
    while (q < n && q <= end + 10) {
      const l = lines[q]!;
      if (isPlainText(l, inList[q])) last = q;
      else if (!(l.match && (l.match.kind === 'caption' || l.match.kind === 'noise'))) break;
      q++;
    }
    const after = lines[q];
    const anchored = after?.match && TAIL_ANCHORS.has(after.match.kind) && after.match.strength === 'strong';
    if (last > end && (anchored || q >= n)) end = last;
  }

  // Lines ending in 。 or ！ right above the body open the article ("好消息！"): keep them.
  // (The same text with its header stripped must give the same answer, so no anchor is needed.)
  if (!disabled.has('body.lead-in')) {
    let p = start - 1;
    while (p >= 0 && start - p <= 6) {
      const l = lines[p]!;
      if (l.match || inList[p] !== undefined || !/[。！!]["”’」』]?$/.test(l.norm) || l.han < l.chars * 0.5)
        break;
      p--;
    }
    start = p + 1;
  }
  // A salutation right above the body ("各区县医疗保障局，各有关单位：") opens it.
  if (start > 0 && !disabled.has('body.salutation')) {
    const l = lines[start - 1]!;
    if (!l.match && l.chars <= 60 && /[：:]$/.test(l.norm) && l.han >= l.chars * 0.6 && l.stops === 0)
      start--;
  }
  // A signature right below the body (issuing body, then a 年月日 date) closes it: 落款.
  const signature = new Set<number>();
  if (!disabled.has('body.signature')) {
    // the issuer may already be inside the run (taken in as a tail line)
    const last = lines[end]!;
    const base = last.chars <= 30 && SIGNER.test(last.norm) && !last.prose ? end - 1 : end;
    const org = lines[base + 1];
    const date = lines[base + 2];
    if (
      org &&
      date &&
      !org.match &&
      org.chars <= 30 &&
      SIGNER.test(org.norm) &&
      date.match?.name === 'noise.date' &&
      /年.*月.*日/.test(date.norm)
    ) {
      signature.add(base + 1).add(base + 2);
    }
  }

  // Title: the headline above the byline nearest to the body (or just above the body): the
  // longest plausible unmatched line among the three unmatched lines above it.
  let title = -1;
  if (!disabled.has('title.headline')) {
    let anchor = start;
    for (let p = start - 1; p >= Math.max(0, start - 12); p--) {
      const m = lines[p]!.match;
      if (m && META_RULES.has(m.name)) {
        anchor = p;
        break;
      }
    }
    let bestLen = 0;
    let seen = 0;
    for (let p = anchor - 1; p >= Math.max(0, anchor - 12) && seen < 3; p--) {
      const l = lines[p]!;
      if (l.match) continue;
      seen++;
      if (l.chars >= 5 && l.chars <= 80 && l.stops <= 1 && l.han >= l.chars * 0.3 && l.chars > bestLen) {
        title = p;
        bestLen = l.chars;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    const m = l.match;
    if (signature.has(i)) {
      out[i] = KEEP;
      continue;
    }
    if (i < start || i > end) {
      if (i === title) out[i] = { keep: false, kind: 'title', rule: 'title.headline' };
      else if (m) out[i] = { keep: false, kind: m.kind, rule: m.name };
      else if (inList[i] !== undefined) {
        const kind = inList[i]!;
        const rule = kind === 'comments' ? 'comments.list' : 'related.list';
        out[i] = disabled.has(rule) ? KEEP : { keep: false, kind, rule };
      } else if (i < start) {
        out[i] = disabled.has('zone.header')
          ? KEEP
          : { keep: false, kind: 'navigation', rule: 'zone.header' };
      } else {
        const kind: Kind = l.chars >= 8 && l.han >= l.chars * 0.5 ? 'related' : 'navigation';
        out[i] = disabled.has('zone.footer') ? KEEP : { keep: false, kind, rule: 'zone.footer' };
      }
      continue;
    }
    // inside the body run
    if (m && m.strength === 'strong') {
      out[i] = { keep: false, kind: m.kind, rule: m.name };
      continue;
    }
    if (inList[i] !== undefined && !l.prose) {
      const kind = inList[i]!;
      const rule = kind === 'comments' ? 'comments.list' : 'related.list';
      if (!disabled.has(rule)) {
        out[i] = { keep: false, kind, rule };
        continue;
      }
    }
    if (!l.prose && !m && !disabled.has('caption.isolated') && isIsolatedCaption(lines, i, start, end)) {
      out[i] = { keep: false, kind: 'caption', rule: 'caption.isolated' };
      continue;
    }
    out[i] = KEEP;
  }
  return out;
}

/**
 * One short line with no punctuation between two prose paragraphs: an image caption in the
 * scraped text. A run of two or more such lines, or a line shaped like a heading (numbered,
 * ending in a colon or question mark, in 【】), is kept: those are subheadings.
 */
function isIsolatedCaption(lines: Line[], i: number, start: number, end: number): boolean {
  const l = lines[i]!;
  if (i <= start || i >= end) return false;
  if (l.chars < 4 || l.chars > 36) return false;
  if (NO_PUNCT.test(l.norm)) return false;
  if (HEADING_LIKE.test(l.norm)) return false;
  // two headline clauses separated by a space ("产业结构扭曲 没有将产品作为中心"): a heading style
  if (/\p{Script=Han} +\p{Script=Han}/u.test(l.norm)) return false;
  const prev = lines[i - 1]!;
  const next = lines[i + 1]!;
  return prev.prose && next.prose && !prev.match && !next.match;
}
