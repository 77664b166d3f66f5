/**
 * Hedge detection: which statements of a Chinese news text rest on hearsay (`据悉`, `消息人士指出`),
 * speculation (`可能`, `不排除`) or an unconfirmed status (`尚未证实`), in Simplified and Traditional.
 * @module
 */
import { assertOptions, assertString } from '../errors.js';
import { splitSentences } from '../sentences/index.js';
import { summarizeHedges } from './profile.js';

// For the pipeline, which has its hedges and sentences at hand (not part of the public API).
export { summarizeHedges };

import type { Span } from '../span.js';
import { LEXICON, SLOTS, STATUTE_ARTICLE } from './lexicon.js';
import { compileMatcher, type Matcher } from './matcher.js';
import { sourceOf } from './source.js';
import type {
  Hedge,
  HedgeCategory,
  HedgeOptions,
  HedgeProfile,
  LexiconEntry,
  LexiconOptions,
} from './types.js';

export { LEXICON as HEDGE_LEXICON } from './lexicon.js';
export type {
  Hedge,
  HedgeCategory,
  HedgeOptions,
  HedgeProfile,
  LexiconEntry,
  LexiconOptions,
} from './types.js';

const CATEGORIES: readonly HedgeCategory[] = ['attribution', 'speculation', 'unconfirmed'];

// The built-in matcher, compiled on first use; custom lexicons are compiled once per options object.
let defaultMatcher: Matcher | undefined;
const customMatchers = new WeakMap<LexiconOptions, Matcher>();

function matcherFor(lexicon: LexiconOptions | undefined, fn: string): Matcher {
  if (lexicon === undefined) {
    defaultMatcher ??= compileMatcher(LEXICON, SLOTS);
    return defaultMatcher;
  }
  assertOptions(lexicon, fn, 'options.lexicon');
  let matcher = customMatchers.get(lexicon);
  if (!matcher) {
    try {
      matcher = compileMatcher(mergeLexicon(LEXICON, lexicon, fn), SLOTS);
    } catch (error) {
      // An unknown slot in a frame, a context without its cue, a frame that is not a valid pattern.
      if (error instanceof TypeError) throw error;
      throw new TypeError(`${fn}: invalid options.lexicon: ${(error as Error).message}`);
    }
    customMatchers.set(lexicon, matcher);
  }
  return matcher;
}

/** The built-in entries minus `remove`, with `add` appended (an added cue replaces a built-in one). */
function mergeLexicon(base: readonly LexiconEntry[], changes: LexiconOptions, fn: string): LexiconEntry[] {
  const add = changes.add ?? [];
  const remove = new Set(changes.remove ?? []);
  for (const entry of add) {
    if (typeof entry?.cue !== 'string' || !CATEGORIES.includes(entry.category)) {
      throw new TypeError(`${fn}: options.lexicon.add entries need a string cue and a category`);
    }
  }
  const added = new Set(add.map((e) => e.cue));
  return [
    ...base.filter((e) => !remove.has(e.cue) && !added.has(e.cue)),
    ...add.filter((e) => !remove.has(e.cue)),
  ];
}

/** Index of the sentence containing `[start, end)`, or -1 (sentences are sorted and disjoint). */
function sentenceIndex(sentences: readonly Span[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

/**
 * The sentences of the line (paragraph) that holds each hit, as offsets into `text`. A line break
 * always ends a sentence in `splitSentences`, so splitting one line gives the same sentences as
 * splitting the whole text; only lines that hold a cue are split, which keeps detection at matcher
 * speed. Hits come in text order, so one line is kept at a time and every character is scanned for
 * line breaks at most once (a 1 MB line full of cues stays linear).
 */
function lineSentencesOf(text: string): (offset: number) => Span[] {
  let lineStart = -1;
  let lineEnd = -1;
  let sentences: Span[] = [];
  return (offset) => {
    if (offset >= lineEnd || offset < lineStart) {
      lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const next = text.indexOf('\n', offset);
      lineEnd = next < 0 ? text.length + 1 : next;
      const start = lineStart;
      sentences = splitSentences(text.slice(start, Math.min(lineEnd, text.length))).map((s) => ({
        start: start + s.start,
        end: start + s.end,
      }));
    }
    return sentences;
  };
}

/** True when `sentence` opens a numbered statute article (see `STATUTE_ARTICLE`). */
function inStatuteArticle(text: string, sentence: Span): boolean {
  STATUTE_ARTICLE.lastIndex = sentence.start;
  const m = STATUTE_ARTICLE.exec(text);
  return m !== null && m.index + m[0].length <= sentence.end;
}

function detect(
  text: string,
  options: HedgeOptions | undefined,
  fn: string,
  allSentences?: readonly Span[],
): Hedge[] {
  assertString(text, fn, 'text');
  assertOptions(options, fn);
  const matcher = matcherFor(options?.lexicon, fn);
  const wanted = options?.categories ? new Set(options.categories) : null;
  const sentencesAt = allSentences ? () => allSentences : lineSentencesOf(text);
  const hedges: Hedge[] = [];
  for (const hit of matcher.match(text)) {
    if (wanted && !wanted.has(hit.entry.category)) continue;
    const sentences = sentencesAt(hit.start);
    // A cue that straddles a sentence boundary belongs to no sentence and is not a hedge.
    const i = sentenceIndex(sentences, hit.start, hit.end);
    if (i < 0) continue;
    const sentence = sentences[i]!;
    if (hit.entry.category === 'speculation' && inStatuteArticle(text, sentence)) continue;
    hedges.push({
      cue: text.slice(hit.start, hit.end),
      category: hit.entry.category,
      start: hit.start,
      end: hit.end,
      // Only the span: sentences passed in by the pipeline also carry their text.
      sentence: { start: sentence.start, end: sentence.end },
      ...sourceOf(text, hit),
    });
  }
  return hedges;
}

/**
 * {@link detectHedges} for a caller that has already split `text` with `splitSentences(text)` and
 * default options (the pipeline): the same hedges, without splitting the lines that hold cues again.
 * Splitting the whole text gives the same sentences as splitting each line (see `lineSentencesOf`).
 * @internal
 */
export function detectHedgesInSentences(
  text: string,
  sentences: readonly Span[],
  options?: HedgeOptions,
): Hedge[] {
  return detect(text, options, 'detectHedges', sentences);
}

/**
 * Finds the hedge cues of a Chinese news text: attribution to hearsay or vague sources, speculation,
 * and explicitly unconfirmed status, in Simplified and Traditional (Mainland, Taiwan, Hong Kong).
 * Named sources (`据新华社报道`, `外交部发言人表示`) and look-alikes (`不可能`, `尽可能`, `据统计`,
 * `在X看来`, `辟谣…传言`) are not hedges and are not returned.
 *
 * One pass of a regular expression compiled once from the lexicon; sentences come from
 * `splitSentences`. Never throws on a string; throws a `TypeError` on anything else.
 *
 * @param text The text to read (any string).
 * @param options `lexicon` to add or remove cues, `categories` to keep only some categories.
 * @returns The hedges in text order, each with `cue === text.slice(start, end)`, its category, the
 * span of its sentence, and for attributions `anonymous: true` and the vague `source` when written.
 * @example
 * ```ts
 * detectHedges('据俄罗斯媒体报道，该官员可能已经离开。');
 * // [
 * //   { cue: '据俄罗斯媒体报道', category: 'attribution', start: 0, end: 8,
 * //     sentence: { start: 0, end: 19 }, source: '俄罗斯媒体', anonymous: true },
 * //   { cue: '可能', category: 'speculation', start: 12, end: 14, sentence: { start: 0, end: 19 } },
 * // ]
 * ```
 */
export function detectHedges(text: string, options?: HedgeOptions): Hedge[] {
  return detect(text, options, 'detectHedges');
}

/**
 * Summarises how hedged a text is: how many sentences carry at least one hedge, the count per
 * category, and the vague sources cited, most cited first. Takes the same options as
 * {@link detectHedges}.
 *
 * @param text The text to read (any string).
 * @param options As for {@link detectHedges}.
 * @returns `{ sentences, hedgedSentences, ratio, byCategory, sources }`.
 * @example
 * ```ts
 * hedgeProfile('据悉，他已离开。会议照常举行。');
 * // { sentences: 2, hedgedSentences: 1, ratio: 0.5,
 * //   byCategory: { attribution: 1, speculation: 0, unconfirmed: 0 }, sources: [] }
 * ```
 */
export function hedgeProfile(text: string, options?: HedgeOptions): HedgeProfile {
  const hedges = detect(text, options, 'hedgeProfile');
  return summarizeHedges(hedges, splitSentences(text).length);
}
