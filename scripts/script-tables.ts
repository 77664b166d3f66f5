/**
 * Derives the tables of `detectScript` from OpenCC's dictionaries (as opencc-js ships them):
 * which Han characters are written only in Simplified Chinese and which only in Traditional.
 *
 * A character is in Simplified use when it occurs in Simplified text of the dictionaries (keys
 * of the Simplified → Traditional dictionaries, values of the Traditional → Simplified ones),
 * and in Traditional use when it occurs in Traditional text (the other sides, and every side
 * of the Taiwan and Hong Kong variant dictionaries). Phrases matter: `干` becomes `幹` on its
 * own, but phrases such as `干涉` keep it, so it is in both, not Simplified-only. Characters
 * in both uses, or in neither, are shared.
 *
 * Run `npx tsx scripts/generate-script-tables.ts` to rewrite src/convert/script-tables.ts; a test
 * checks that the committed tables equal what this derives.
 */
import { configs } from 'opencc-js/preset';

type Dict = string | readonly (readonly [string, string])[];

const HAN = /\p{Script=Han}/u;

/** First code point of the block the bitsets cover, and its length. */
export const BITSET_START = 0x3400;
export const BITSET_LENGTH = 0xa000 - 0x3400;

function entries(dict: Dict): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  return dict.split('|').map((line) => {
    const [k = '', v = ''] = line.split(' ');
    return [k, v];
  });
}

function addHan(set: Set<number>, text: string): void {
  for (const ch of text) if (HAN.test(ch)) set.add(ch.codePointAt(0)!);
}

/** The dictionaries of opencc-js, by name, found through its public preset. */
function dictionaries(): Map<string, Dict> {
  const c = configs as unknown as Record<string, { conversionChain: Dict[][] }>;
  const pick = (config: string, group: number, index: number) => c[config]!.conversionChain[group]![index]!;
  return new Map<string, Dict>([
    ['STPhrases', pick('s2t', 0, 0)],
    ['STPhrases_GeneratedFromRegionalPhrases', pick('s2t', 0, 1)],
    ['STCharacters', pick('s2t', 0, 2)],
    ['TSPhrases', pick('t2s', 0, 0)],
    ['TSCharacters', pick('t2s', 0, 1)],
    ['TWVariantsPhrases', pick('t2tw', 0, 0)],
    ['TWVariants', pick('t2tw', 0, 1)],
    ['TWVariantsRevPhrases', pick('tw2t', 0, 0)],
    ['TWVariantsRev', pick('tw2t', 0, 1)],
    ['HKVariantsPhrases', pick('t2hk', 0, 0)],
    ['HKVariants', pick('t2hk', 0, 1)],
    ['HKVariantsRevPhrases', pick('hk2t', 0, 0)],
    ['HKVariantsRev', pick('hk2t', 0, 1)],
  ]);
}

/** Code points written only in Simplified, and only in Traditional, sorted. */
export function deriveScriptSets(): { simplified: number[]; traditional: number[] } {
  const dicts = dictionaries();
  const simplifiedUse = new Set<number>();
  const traditionalUse = new Set<number>();
  for (const [name, dict] of dicts) {
    const simplifiedToTraditional = name.startsWith('ST');
    const traditionalToSimplified = name.startsWith('TS');
    for (const [key, value] of entries(dict)) {
      if (simplifiedToTraditional) {
        addHan(simplifiedUse, key);
        addHan(traditionalUse, value);
      } else if (traditionalToSimplified) {
        addHan(traditionalUse, key);
        addHan(simplifiedUse, value);
      } else {
        // Taiwan and Hong Kong variants: Traditional on both sides.
        addHan(traditionalUse, key);
        addHan(traditionalUse, value);
      }
    }
  }
  const only = (a: Set<number>, b: Set<number>) => [...a].filter((cp) => !b.has(cp)).sort((x, y) => x - y);
  return {
    simplified: only(simplifiedUse, traditionalUse),
    traditional: only(traditionalUse, simplifiedUse),
  };
}

/** A set of code points as a base64 bitset over the main Han blocks plus a string of the rest. */
export function encodeSet(codePoints: number[]): { bits: string; rest: string } {
  const bytes = new Uint8Array(BITSET_LENGTH / 8);
  let rest = '';
  for (const cp of codePoints) {
    const i = cp - BITSET_START;
    if (i >= 0 && i < BITSET_LENGTH) bytes[i >> 3]! |= 1 << (i & 7);
    else rest += String.fromCodePoint(cp);
  }
  return { bits: Buffer.from(bytes).toString('base64'), rest };
}

/** The source text of src/convert/script-tables.ts. */
export function renderScriptTables(): string {
  const { simplified, traditional } = deriveScriptSets();
  const s = encodeSet(simplified);
  const t = encodeSet(traditional);
  return `/**
 * Han characters written only in Simplified and only in Traditional Chinese, derived from
 * OpenCC's dictionaries by scripts/script-tables.ts (${simplified.length} and ${traditional.length} characters).
 * GENERATED: do not edit; run \`npx tsx scripts/generate-script-tables.ts\`.
 * Each set is a base64 bitset over U+${BITSET_START.toString(16).toUpperCase()}–U+${(BITSET_START + BITSET_LENGTH - 1).toString(16).toUpperCase()} plus a string of the characters outside it.
 * @internal
 */

/** First code point covered by the bitsets. */
export const BITSET_START = 0x${BITSET_START.toString(16)};

/** Simplified-only characters. */
export const SIMPLIFIED_BITS =
  '${s.bits}';
export const SIMPLIFIED_REST = ${JSON.stringify(s.rest)};

/** Traditional-only characters. */
export const TRADITIONAL_BITS =
  '${t.bits}';
export const TRADITIONAL_REST = ${JSON.stringify(t.rest)};
`;
}
