import { assertString } from '../errors.js';
import {
  BITSET_START,
  SIMPLIFIED_BITS,
  SIMPLIFIED_REST,
  TRADITIONAL_BITS,
  TRADITIONAL_REST,
} from './script-tables.js';

/** Which script a text is written in, as {@link detectScript} judges it. */
export type ScriptKind = 'simplified' | 'traditional' | 'mixed' | 'none';

/** Result of {@link detectScript}. */
export interface ScriptDetection {
  /**
   * `simplified` or `traditional` when the characters that tell the scripts apart are (nearly)
   * all of one kind; `mixed` when both kinds are present beyond {@link MIXED_MINORITY_SHARE};
   * `none` when no character tells them apart (no Han characters, or only shared ones).
   */
  script: ScriptKind;
  /** Characters written only in Simplified Chinese (`发`, `国`). */
  simplified: number;
  /** Characters written only in Traditional Chinese (`發`, `國`). */
  traditional: number;
  /** Han characters written the same in both (`的`, `中`, and `干`, which Traditional keeps in `干涉`). */
  shared: number;
}

/**
 * Share of the distinguishing characters that the less frequent kind must reach (and at
 * least {@link MIXED_MINORITY_MIN} of them) for a text to be `mixed`. A Traditional page
 * quoting one Simplified name, or an OpenCC table oddity, must not make it mixed; half a
 * headline in each script must.
 */
export const MIXED_MINORITY_SHARE = 0.2;
/** Fewest characters of the less frequent kind for a text to be `mixed`. */
export const MIXED_MINORITY_MIN = 2;

const HAN = /\p{Script=Han}/u;

let tables: { simplified: Uint8Array; traditional: Uint8Array; rest: Map<number, 1 | 2> } | null = null;

// Decoded on first use, so that importing the package costs nothing.
function getTables(): NonNullable<typeof tables> {
  if (!tables) {
    const rest = new Map<number, 1 | 2>();
    for (const ch of SIMPLIFIED_REST) rest.set(ch.codePointAt(0)!, 1);
    for (const ch of TRADITIONAL_REST) rest.set(ch.codePointAt(0)!, 2);
    tables = { simplified: decodeBase64(SIMPLIFIED_BITS), traditional: decodeBase64(TRADITIONAL_BITS), rest };
  }
  return tables;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Tells whether a text is written in Simplified or Traditional Chinese by counting the
 * characters that exist in only one of the two scripts; characters the scripts share (most
 * of them) never count for either, so a short headline of shared characters is `none`, not
 * Traditional. The tables come from OpenCC's dictionaries (about 3,800 characters each way).
 *
 * @param text - any string.
 * @returns the verdict and the three counts.
 * @example
 * ```ts
 * detectScript('台湾发展'); // → { script: 'simplified', simplified: 2, traditional: 0, shared: 2 }
 * detectScript('臺灣發展'); // → { script: 'traditional', simplified: 0, traditional: 3, shared: 1 }
 * detectScript('中文'); // → { script: 'none', simplified: 0, traditional: 0, shared: 2 }
 * ```
 */
export function detectScript(text: string): ScriptDetection {
  assertString(text, 'detectScript', 'text');
  let simplified = 0;
  let traditional = 0;
  let shared = 0;
  let t: ReturnType<typeof getTables> | null = null;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    // Han characters start at U+2E80; everything below is skipped without a lookup.
    if (cp < 0x2e80) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    t ??= getTables();
    const kind = classify(t, cp);
    if (kind === 1) simplified++;
    else if (kind === 2) traditional++;
    else if (isHan(cp)) shared++;
  }
  return { script: verdict(simplified, traditional), simplified, traditional, shared };
}

function classify(t: NonNullable<typeof tables>, cp: number): 0 | 1 | 2 {
  const i = cp - BITSET_START;
  if (i >= 0 && i < t.simplified.length * 8) {
    if ((t.simplified[i >> 3]! >> (i & 7)) & 1) return 1;
    if ((t.traditional[i >> 3]! >> (i & 7)) & 1) return 2;
    return 0;
  }
  return t.rest.get(cp) ?? 0;
}

// Per BMP code unit: 0 not looked up yet, 1 not Han, 2 Han.
let hanBmp: Uint8Array | null = null;
function isHan(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp > 0xffff) return HAN.test(String.fromCodePoint(cp));
  hanBmp ??= new Uint8Array(0x10000);
  if (hanBmp[cp] === 0) hanBmp[cp] = HAN.test(String.fromCharCode(cp)) ? 2 : 1;
  return hanBmp[cp] === 2;
}

function verdict(simplified: number, traditional: number): ScriptKind {
  const total = simplified + traditional;
  if (total === 0) return 'none';
  const minority = Math.min(simplified, traditional);
  if (minority >= MIXED_MINORITY_MIN && minority >= total * MIXED_MINORITY_SHARE) return 'mixed';
  return simplified >= traditional ? 'simplified' : 'traditional';
}
