/** Shared test data: OpenCC's dictionaries through opencc-js's public preset, and a PRNG. */
import { configs } from 'opencc-js/preset';

type Dict = string | readonly (readonly [string, string])[];
const c = configs as unknown as Record<string, { conversionChain: Dict[][] }>;

/** The entries of one dictionary of a configuration's conversion chain. */
export function dictEntries(config: string, group: number, index: number): [string, string][] {
  const dict = c[config]!.conversionChain[group]![index]!;
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  return dict.split('|').map((line) => line.split(' ') as [string, string]);
}

/** Every dictionary opencc-js ships, with a name. */
export function allDictionaries(): { name: string; entries: [string, string][] }[] {
  const seen = new Set<Dict>();
  const out: { name: string; entries: [string, string][] }[] = [];
  for (const [name, config] of Object.entries(c)) {
    for (const [g, group] of config.conversionChain.entries()) {
      for (const [i, dict] of group.entries()) {
        if (seen.has(dict)) continue;
        seen.add(dict);
        out.push({ name: `${name}[${g}][${i}]`, entries: dictEntries(name, g, i) });
      }
    }
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so that generated inputs are the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
