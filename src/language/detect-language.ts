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
  const { language, confidence } = identifyLanguage(text, options);
  return { language, confidence, script: detectScript(text).script };
}

/**
 * {@link detectLanguage} without the `script` field, for `normalizeArticle`, which reads the script
 * of the whole text itself. Arguments are not checked.
 * @internal
 */
export function identifyLanguage(
  text: string,
  options?: DetectLanguageOptions,
): Omit<LanguageDetection, 'script'> {
  const only = options?.only ? [...options.only] : [];
  const ignore = options?.ignore ? [...options.ignore] : [];
  const allowed = (code: string) => (only.length === 0 || only.includes(code)) && !ignore.includes(code);
  let language: string;
  let confidence: number;
  if (clearlyHan(text, options?.minLength ?? FRANC_MIN_LENGTH)) {
    // franc's own answer for this text, without its 30 script counts (see clearlyHan).
    language = allowed('cmn') ? 'cmn' : 'und';
    confidence = language === 'und' ? 0 : 1;
  } else {
    const francOptions = {
      only,
      ignore,
      ...(options?.minLength === undefined ? {} : { minLength: options.minLength }),
    };
    const [top] = francAll(text, francOptions);
    language = top?.[0] ?? 'und';
    confidence = language === 'und' ? 0 : (top?.[1] ?? 0);
  }

  if (language === 'und' && allowed('cmn')) {
    const han = text.match(HAN)?.length ?? 0;
    const letters = text.match(LETTER)?.length ?? 0;
    if (han > 0 && han * 2 > letters) {
      language = 'cmn';
      confidence = han / letters;
    }
  }
  if (language === 'cmn' && allowed('yue')) {
    // Every marker is one BMP code unit, so code units can be compared directly (a surrogate
    // never equals one), without iterating code points.
    let markers = 0;
    for (let i = 0; i < text.length && markers < CANTONESE_MIN_MARKERS; i++) {
      const c = text.charCodeAt(i);
      if (c >= MARKER_MIN && c <= MARKER_MAX && MARKER_CODES.has(c)) markers++;
    }
    if (markers >= CANTONESE_MIN_MARKERS) language = 'yue';
  }
  return { language, confidence };
}

// franc's constants: it answers `und` below 10 code units and reads only the first 2048.
const FRANC_MIN_LENGTH = 10;
const FRANC_MAX_LENGTH = 2048;

const MARKER_CODES: ReadonlySet<number> = new Set([...CANTONESE_MARKERS].map((ch) => ch.charCodeAt(0)));
// The markers lie between U+4F62 and U+569F: a range test rejects most characters before the lookup.
const MARKER_MIN = Math.min(...MARKER_CODES);
const MARKER_MAX = Math.max(...MARKER_CODES);

/**
 * True when franc is certain to answer `cmn` from the script alone, so its script counts (about 30
 * global regular expressions over the text, the costliest part of detection on Chinese) can be
 * skipped. franc picks the script with the most matches in its first 2048 code units (the first
 * listed, Han, winning ties) and, Han having one language, answers `cmn` without trigrams. That is
 * certain when:
 * - the text is at least `minLength` long (franc answers `und` below);
 * - characters of U+4E00–U+9FFF (all in franc's Han class) are more than half of the code units
 *   read: every other script but Japanese is disjoint from Han, so it has fewer matches;
 * - there is no kana and no surrogate: franc's Japanese class is kana plus Han characters that
 *   its Han class also has, so without kana it matches at most as often as Han (a tie goes to Han).
 * Otherwise franc decides as before. A test checks the answer against franc's on random text.
 * @internal
 */
export function clearlyHan(text: string, minLength: number): boolean {
  if (!(text.length >= minLength) || text.length === 0) return false;
  const end = Math.min(text.length, FRANC_MAX_LENGTH);
  let han = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x3040 && c <= 0x33ff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xff66 && c <= 0xff9d)) {
      return false;
    }
  }
  return han * 2 > end;
}
