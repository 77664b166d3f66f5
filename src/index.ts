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
  TraditionalLocale,
} from './convert/index.js';
export { convert, convertWithMap, toSimplified, toTraditional } from './convert/index.js';
export type { Bias, OffsetChange, Span } from './span.js';
export { OffsetMap } from './span.js';
