/**
 * Language identification (ISO 639-3), with script-aware answers for short Chinese text.
 * @module
 */
// `identifyLanguage` is for the pipeline, which reads the script of the whole text itself; it is
// not re-exported by src/index.ts and is not part of the public API.
export {
  type DetectLanguageOptions,
  detectLanguage,
  identifyLanguage,
  type LanguageDetection,
} from './detect-language.js';
