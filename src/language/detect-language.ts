import { francAll } from 'franc';
import { detectScript, type ScriptKind } from '../convert/detect-script.js';
import { assertOptions, assertString } from '../errors.js';
import { CANTONESE_MARKERS, CANTONESE_MIN_MARKERS } from './cantonese.js';

/** Options of {@link detectLanguage}, as franc takes them. */
export interface DetectLanguageOptions {
  /** ISO 639-3 codes to choose from (all of franc's when absent). */
  only?: readonly string[];
  /** ISO 639-3 codes never to answer. */
  ignore?: readonly string[];
  /** Below this many UTF-16 code units franc answers `und` (franc's default: 10). */
  minLength?: number;
}

/** Result of {@link detectLanguage}. */
export interface LanguageDetection {
  /** ISO 639-3 code (`cmn`, `yue`, `eng`, `jpn`…), or `und` when undetermined. */
  language: string;
  /** From 0 to 1: franc's normalised score, or for our own answers the share of evidence. */
  confidence: number;
  /** The Chinese script of the text, as {@link detectScript} says. */
  script: ScriptKind;
}

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * The language of a text or a line, as an ISO 639-3 code, with franc's trigram statistics,
 * plus two things franc cannot do on Chinese:
 * - a short Chinese string (franc answers `und` under 10 characters, which is most
 *   headlines) is `cmn` when Han characters make up most of its letters;
 * - Chinese text using at least two markers of written Cantonese (`嘅 咗 唔 佢 冇 哋 喺 啲
 *   嘢 嚟`) is `yue`. Without them Cantonese looks like Mandarin and is answered `cmn`.
 *
 * franc answers `cmn` for every text mostly in Han characters: it does not tell Mandarin from
 * Wu, Min or Classical Chinese, nor Japanese written in kanji only (with kana it is `jpn`).
 *
 * @param text - any string.
 * @param options - `only`, `ignore` and `minLength`, as for franc.
 * @returns `{ language, confidence, script }`.
 * @example
 * ```ts
 * detectLanguage('朝鲜官员身份未获确认'); // → { language: 'cmn', confidence: 1, script: 'simplified' }
 * detectLanguage('佢唔係我嘅朋友'); // → { language: 'yue', confidence: 1, script: 'traditional' }
 * ```
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageDetection {
  assertString(text, 'detectLanguage', 'text');
  assertOptions(options, 'detectLanguage');
  const only = options?.only ? [...options.only] : [];
  const ignore = options?.ignore ? [...options.ignore] : [];
  const allowed = (code: string) => (only.length === 0 || only.includes(code)) && !ignore.includes(code);
  const francOptions = {
    only,
    ignore,
    ...(options?.minLength === undefined ? {} : { minLength: options.minLength }),
  };
  const [top] = francAll(text, francOptions);
  let language = top?.[0] ?? 'und';
  let confidence = language === 'und' ? 0 : (top?.[1] ?? 0);
  const script = detectScript(text).script;

  if (language === 'und' && allowed('cmn')) {
    const han = text.match(HAN)?.length ?? 0;
    const letters = text.match(LETTER)?.length ?? 0;
    if (han > 0 && han * 2 > letters) {
      language = 'cmn';
      confidence = han / letters;
    }
  }
  if (language === 'cmn' && allowed('yue')) {
    let markers = 0;
    for (const ch of text) if (CANTONESE_MARKERS.has(ch)) markers++;
    if (markers >= CANTONESE_MIN_MARKERS) language = 'yue';
  }
  return { language, confidence, script };
}
