/**
 * Public types of `normalizeArticle`.
 * @module
 */
import type { Kind, Metadata, StripOptions } from '../boilerplate/index.js';
import type { Locale, Overrides, ScriptKind } from '../convert/index.js';
import type { Hedge, HedgeOptions, HedgeProfile } from '../hedges/index.js';
import type { DetectLanguageOptions } from '../language/index.js';
import type { SplitSentencesOptions } from '../sentences/index.js';
import type { Span } from '../span.js';
import type { NormalizeTextOptions } from '../text/index.js';

/** A span of `Article.text` that also says where it came from in the original input. */
export interface ArticleSpan extends Span {
  /** The span in the original input (through every stage's offset map). */
  origin: Span;
}

/** A paragraph or sentence of the article: `text === article.text.slice(start, end)`. */
export interface ArticleSegment extends ArticleSpan {
  text: string;
}

/** A hedge cue in `Article.text`, with its sentence; both carry their span in the input. */
export interface ArticleHedge extends Omit<Hedge, 'sentence'>, ArticleSpan {
  sentence: ArticleSpan;
}

/**
 * A stretch `stripBoilerplate` removed. Its text is not in `Article.text`, so `start === end` is
 * the point in `Article.text` where it was; `origin` is the removed span in the input, and
 * `text === input.slice(origin.start, origin.end)`.
 */
export interface ArticleRemoval extends ArticleSpan {
  kind: Kind;
  rule: string;
  text: string;
}

/** Figures about one run of `normalizeArticle`. */
export interface ArticleStats {
  /** Length of the input in UTF-16 code units. */
  inputLength: number;
  /** Length of `Article.text` in UTF-16 code units. */
  textLength: number;
  /** Code units of the input `stripBoilerplate` removed. */
  removedLength: number;
  paragraphs: number;
  sentences: number;
  hedges: number;
  /** Han characters in `Article.text` (a length that means something for Chinese). */
  hanCharacters: number;
}

/** Everything `normalizeArticle` finds in one scraped page. */
export interface Article {
  /** The headline, when the page had one (same as `metadata.title`). */
  title: string | undefined;
  /** What the page says about the article: author, time, views, source… */
  metadata: Metadata;
  /** The article body: kept paragraphs, character-normalised, converted when asked. */
  text: string;
  paragraphs: ArticleSegment[];
  sentences: ArticleSegment[];
  hedges: ArticleHedge[];
  /** Counts of hedges by category, relative to the text (see `hedgeProfile`). */
  hedgeProfile: HedgeProfile;
  /** What was removed from the input and why, in input order. */
  removed: ArticleRemoval[];
  /** ISO 639-3 code of the body's language (`cmn` for Chinese), `und` when unknown; read from
   * the body's first 1000 code units by default (`options.language.sampleLength`). */
  language: string;
  /** Script of `Article.text`: simplified, traditional, mixed or none. */
  script: ScriptKind;
  stats: ArticleStats;
}

/**
 * Options of `normalizeArticle`. Each stage takes its own options, passed through unchanged, or
 * `false` to switch it off. Conversion is off unless `convert` is given.
 */
export interface ArticleOptions {
  /** `stripBoilerplate` options, or `false` to keep every line as body. */
  boilerplate?: StripOptions | false;
  /** `normalizeText` options, or `false` to leave characters as they are. */
  normalize?: NormalizeTextOptions | false;
  /** `splitSentences` options. Sentences cannot be switched off: they cost little, and hedges,
   * the hedge profile and the CLI's `--only sentences` are built on them. */
  sentences?: SplitSentencesOptions;
  /** `detectHedges` options, or `false` to skip hedge detection. */
  hedges?: HedgeOptions | false;
  /** `detectLanguage` options plus `sampleLength`, or `false` to skip (`language` is `'und'`). */
  language?: ArticleLanguageOptions | false;
  /** Script conversion as the last stage, e.g. `{ to: 'tw' }`. Off by default. */
  convert?: ArticleConvertOptions;
}

/** `language` options of `normalizeArticle`: those of `detectLanguage`, plus how much to read. */
export interface ArticleLanguageOptions extends DetectLanguageOptions {
  /** UTF-16 code units from the start of the body that are read. Default 1000. */
  sampleLength?: number;
}

/** `convert` options of `normalizeArticle`: those of `convertWithMap`, with `from` optional. */
export interface ArticleConvertOptions {
  /** The variant to convert to. */
  to: Locale;
  /** The variant of the input. Default: `'t'` (any Traditional) when `to` is `'cn'`, else `'cn'`. */
  from?: Locale;
  /** Your own phrases, as for `convertWithMap`. */
  overrides?: Overrides;
}
