/**
 * zh-news-normalize: turn scraped Chinese news text into clean, structured, analysable text.
 *
 * This file only re-exports the public API; each capability lives in its own module.
 * @module
 */

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
} from './boilerplate/index.js';
export {
  BUILTIN_RULE_NAMES,
  extractMetadata,
  KINDS,
  OFF_BY_DEFAULT_RULES,
  stripBoilerplate,
} from './boilerplate/index.js';
export type {
  ConvertOptions,
  ConvertResult,
  Locale,
  Overrides,
  ScriptDetection,
  ScriptKind,
  TraditionalLocale,
} from './convert/index.js';
export {
  convert,
  convertWithMap,
  detectScript,
  MIXED_MINORITY_MIN,
  MIXED_MINORITY_SHARE,
  toSimplified,
  toTraditional,
} from './convert/index.js';
export type {
  Hedge,
  HedgeCategory,
  HedgeOptions,
  HedgeProfile,
  LexiconEntry,
  LexiconOptions,
} from './hedges/index.js';
export { detectHedges, HEDGE_LEXICON, hedgeProfile } from './hedges/index.js';
export type { DetectLanguageOptions, LanguageDetection } from './language/index.js';
export { detectLanguage } from './language/index.js';
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
} from './pipeline/index.js';
export { normalizeArticle } from './pipeline/index.js';
export type { Sentence, SplitSentencesOptions } from './sentences/index.js';
export { splitSentences } from './sentences/index.js';
export type { Bias, OffsetChange, Span } from './span.js';
export { OffsetMap } from './span.js';
export type { NormalizedText, NormalizeTextOptions, RuleName } from './text/index.js';
export { normalizeText, normalizeTextWithMap } from './text/index.js';
