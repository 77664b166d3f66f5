/**
 * zh-news-normalize: turn scraped Chinese news text into clean, structured, analysable text.
 *
 * This file only re-exports the public API; each capability lives in its own module.
 * @module
 */

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
export type { DetectLanguageOptions, LanguageDetection } from './language/index.js';
export { detectLanguage } from './language/index.js';
export type { Bias, OffsetChange, Span } from './span.js';
export { OffsetMap } from './span.js';
export type { NormalizedText, NormalizeTextOptions, RuleName } from './text/index.js';
export { normalizeText, normalizeTextWithMap } from './text/index.js';
