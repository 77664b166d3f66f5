/**
 * Language identification (ISO 639-3), with script-aware answers for short Chinese text.
 * @module
 */
export {
  type DetectLanguageOptions,
  detectLanguage,
  type LanguageDetection,
} from './detect-language.js';
