/**
 * `normalizeArticle`: every capability of the library in one call, with every span mapped back
 * to the original input.
 * @module
 */
import { extractMetadata, stripBoilerplate } from '../boilerplate/index.js';
import { convert, convertWithMap, detectScript } from '../convert/index.js';
import { assertOptions, assertString } from '../errors.js';
import { detectHedges, detectHedgesInSentences, summarizeHedges } from '../hedges/index.js';
import { identifyLanguage } from '../language/index.js';
import { splitSentences } from '../sentences/index.js';
import { OffsetMap, type Span } from '../span.js';
import { normalizeTextWithMap } from '../text/index.js';
import { buildBody, paragraphSpans } from './body-map.js';
import type {
  Article,
  ArticleHedge,
  ArticleLanguageOptions,
  ArticleOptions,
  ArticleRemoval,
  ArticleSegment,
} from './types.js';

export type {
  Article,
  ArticleConvertOptions,
  ArticleHedge,
  ArticleLanguageOptions,
  ArticleOptions,
  ArticleRemoval,
  ArticleSegment,
  ArticleSpan,
  ArticleStats,
} from './types.js';

/** How much of the body `detectLanguage` reads by default (see ADR 0057). */
export const LANGUAGE_SAMPLE_LENGTH = 1000;

// The language of the body, read from its beginning: franc itself never looks past its first
// 2048 characters, its cost grows with the length it reads, and an article does not change
// language halfway.
function languageOf(text: string, options: ArticleLanguageOptions | undefined): string {
  const { sampleLength = LANGUAGE_SAMPLE_LENGTH, ...detectOptions } = options ?? {};
  let end = Math.min(text.length, Math.max(0, Math.floor(sampleLength)));
  // Do not cut a surrogate pair in two.
  if (end > 0 && end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  // `detectLanguage` without its `script` field: the article's script is read from the whole text.
  return identifyLanguage(end === text.length ? text : text.slice(0, end), detectOptions).language;
}

/**
 * Turns one scraped page into an {@link Article}: boilerplate removed (and accounted for), characters
 * normalised, sentences split, hedges found, and optionally converted between Simplified and
 * Traditional, in that order.
 *
 * Every span in the result (`paragraphs`, `sentences`, `hedges`, `removed`) points into
 * `Article.text` and carries `origin`, its span in `text` (the input), composed through the offset
 * maps of the stages, so a tool can highlight the raw page.
 *
 * @param text - the scraped page, as the crawler saved it.
 * @param options - per-stage options, or `false` to switch a stage off; see {@link ArticleOptions}.
 * @returns the {@link Article}.
 * @throws TypeError when `text` is not a string or `options` is not an object; a stage's own
 *   options are checked by that stage.
 * @example
 * ```ts
 * const page = '外交部回应记者提问\n\n新华社记者2024-03-05 10:20:00  阅读 88\n\n' +
 *   '据悉,双方将于下周举行新一轮会谈。\n\n责任编辑：李明';
 * const article = normalizeArticle(page);
 * article.title;                 // '外交部回应记者提问'
 * article.metadata.publishedAt;  // '2024-03-05T10:20:00+08:00'
 * article.text;                  // '据悉，双方将于下周举行新一轮会谈。'
 * article.hedges[0]?.cue;        // '据悉'
 * article.hedges[0]?.origin;     // { start: 44, end: 46 }, in `page`
 * article.removed.map((r) => r.kind); // ['title', 'byline', 'editor']
 * ```
 */
export function normalizeArticle(text: string, options?: ArticleOptions): Article {
  assertString(text, 'normalizeArticle', 'text');
  assertOptions(options, 'normalizeArticle');
  const o = options ?? {};

  // 1. Boilerplate: the kept paragraphs become the body, an order-preserving rewrite of the input.
  const stripped = o.boilerplate === false ? undefined : stripBoilerplate(text, o.boilerplate);
  const metadata = stripped ? stripped.metadata : extractMetadata(text);
  const body = stripped
    ? buildBody(text, stripped.paragraphs)
    : { text, map: OffsetMap.identity(text.length), paragraphs: paragraphSpans(text) };

  // 2. Character normalisation.
  const normalized =
    o.normalize === false
      ? { text: body.text, map: OffsetMap.identity(body.text.length) }
      : normalizeTextWithMap(body.text, o.normalize);

  // 3–4. Sentences and hedges, on the normalised text (before any conversion).
  const sentences = splitSentences(normalized.text, o.sentences);
  // With default sentence options these are the sentences detectHedges would split again.
  const hedges =
    o.hedges === false
      ? []
      : o.sentences === undefined
        ? detectHedgesInSentences(normalized.text, sentences, o.hedges)
        : detectHedges(normalized.text, o.hedges);

  // 5. Conversion, last, so that the rules above always see the script they were written for.
  const convertOptions = o.convert
    ? { ...o.convert, from: o.convert.from ?? (o.convert.to === 'cn' ? ('t' as const) : ('cn' as const)) }
    : undefined;
  const converted = convertOptions ? convertWithMap(normalized.text, convertOptions) : undefined;
  const final = converted ? converted.text : normalized.text;
  // Spans found on the normalised text go forward through the conversion map (when there is one)
  // to `final`, and back through one composed map to the input.
  const toFinal = converted ? converted.map : undefined;
  const toOrigin = body.map.compose(normalized.map);
  const fullMap = converted ? toOrigin.compose(converted.map) : toOrigin;

  const paragraphs = segments(normalized.map, body.paragraphs, final, toFinal, toOrigin);
  const articleHedges: ArticleHedge[] = new Array(hedges.length);
  for (let i = 0; i < hedges.length; i++) {
    const h = hedges[i]!;
    const at = toFinal ? toFinal.spanToTarget(h) : h;
    const sentence = toFinal ? toFinal.spanToTarget(h.sentence) : h.sentence;
    const cue = final.slice(at.start, at.end);
    const located = { start: sentence.start, end: sentence.end, origin: toOrigin.spanToSource(h.sentence) };
    const origin = toOrigin.spanToSource(h);
    // Literals in the field order that `{ ...h, cue, start, end, origin, sentence }` gave (the
    // snapshot's order), one per shape detectHedges returns: spreading differently shaped hedges
    // was the slowest part of the mapping.
    let out: ArticleHedge;
    if ('source' in h) {
      // The source is a string, not a span: convert it like the text it was read from.
      const source = h.source !== undefined && convertOptions ? convert(h.source, convertOptions) : h.source;
      out =
        'anonymous' in h
          ? {
              cue,
              category: h.category,
              start: at.start,
              end: at.end,
              sentence: located,
              source,
              anonymous: h.anonymous,
              origin,
            }
          : { cue, category: h.category, start: at.start, end: at.end, sentence: located, source, origin };
    } else {
      out =
        'anonymous' in h
          ? {
              cue,
              category: h.category,
              start: at.start,
              end: at.end,
              sentence: located,
              anonymous: h.anonymous,
              origin,
            }
          : { cue, category: h.category, start: at.start, end: at.end, sentence: located, origin };
    }
    articleHedges[i] = out;
  }
  const removed: ArticleRemoval[] = (stripped?.removed ?? []).map((r) => {
    const at = fullMap.toTarget(r.start, 'start');
    return {
      kind: r.kind,
      rule: r.rule,
      text: r.text,
      start: at,
      end: at,
      origin: { start: r.start, end: r.end },
    };
  });

  const language = o.language === false ? 'und' : languageOf(normalized.text, o.language);
  // detectScript counts every Han character once, as Simplified-only, Traditional-only or shared
  // (a test holds it to \p{Script=Han}), so it also gives `stats.hanCharacters`.
  const scriptCounts = detectScript(final);
  return {
    title: metadata.title,
    metadata,
    text: final,
    paragraphs,
    sentences: segments(undefined, sentences, final, toFinal, toOrigin),
    hedges: articleHedges,
    // Counts Article.sentences, so the figures agree with the rest of the article.
    hedgeProfile: summarizeHedges(hedges, sentences.length),
    removed,
    language,
    script: scriptCounts.script,
    stats: {
      inputLength: text.length,
      textLength: final.length,
      removedLength: removed.reduce((n, r) => n + (r.origin.end - r.origin.start), 0),
      paragraphs: paragraphs.length,
      sentences: sentences.length,
      hedges: articleHedges.length,
      hanCharacters: scriptCounts.simplified + scriptCounts.traditional + scriptCounts.shared,
    },
  };
}

// The spans of the normalised text (or, with `toNormalized`, of the body before normalisation) as
// segments of `final`, each with its span in the input: one loop and one object per span.
function segments(
  toNormalized: OffsetMap | undefined,
  spans: readonly Span[],
  final: string,
  toFinal: OffsetMap | undefined,
  toOrigin: OffsetMap,
): ArticleSegment[] {
  const out: ArticleSegment[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = toNormalized ? toNormalized.spanToTarget(spans[i]!) : spans[i]!;
    const at = toFinal ? toFinal.spanToTarget(span) : span;
    out[i] = {
      text: final.slice(at.start, at.end),
      start: at.start,
      end: at.end,
      origin: toOrigin.spanToSource(span),
    };
  }
  return out;
}
