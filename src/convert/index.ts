/**
 * Simplified ↔ Traditional conversion with OpenCC's regional variants, and script detection.
 * @module
 */
export { type ConvertOptions, type ConvertResult, convert, convertWithMap } from './convert.js';
export {
  detectScript,
  MIXED_MINORITY_MIN,
  MIXED_MINORITY_SHARE,
  type ScriptDetection,
  type ScriptKind,
} from './detect-script.js';
export type { Locale } from './locales.js';
export type { Overrides } from './overrides.js';
export { type TraditionalLocale, toSimplified, toTraditional } from './scripts.js';
