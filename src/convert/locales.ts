/**
 * The locales of OpenCC as opencc-js names them, and how a pair of them resolves to an OpenCC
 * configuration (`s2tw`, `tw2sp`, …), exactly as opencc-js's `ConverterBuilder` does it.
 * @internal
 */
import type { ConversionPlan } from './engine.js';
import type { DictLike } from './trie.js';

/**
 * A script variant:
 * - `cn`: Simplified Chinese (mainland China);
 * - `tw`: Traditional Chinese (Taiwan standard characters);
 * - `twp`: Taiwan, with phrases converted too (`软件` → `軟體`);
 * - `hk`: Traditional Chinese (Hong Kong standard characters);
 * - `hkp`: Hong Kong, with phrases converted too;
 * - `jp`: Japanese Shinjitai;
 * - `t`: OpenCC's standard Traditional Chinese (the forms of the dictionaries themselves).
 */
export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp' | 'jp' | 't';

/** Every {@link Locale}, in the order error messages list them. */
export const LOCALES: readonly Locale[] = ['cn', 'tw', 'twp', 'hk', 'hkp', 'jp', 't'];

/** The dictionary data of opencc-js's presets (`opencc-js/preset`, `/preset/cn2t`, `/preset/t2cn`). */
export interface PresetData {
  from: Record<string, readonly (readonly DictLike[])[]>;
  to: Record<string, readonly (readonly DictLike[])[]>;
  configs: Record<string, unknown>;
}

interface PresetConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  segmentation?: DictLike | readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
}

/** True when `value` is one of the {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Throws a `TypeError` naming the valid locales unless `value` is one. */
export function assertLocale(value: unknown, fn: string, param: string): asserts value is Locale {
  if (!isLocale(value)) {
    throw new TypeError(
      `${fn}: unknown ${param} locale ${JSON.stringify(value) ?? String(value)}; expected one of ${LOCALES.join(', ')}`,
    );
  }
}

/** OpenCC's configuration name for a pair of locales (opencc-js's rule). */
export function configName(from: Locale, to: Locale): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') {
    if (from === 'hkp') return 'hk2sp';
    return from === 'twp' ? 'tw2sp' : `${from}2s`;
  }
  return `${from}2${to}`;
}

/**
 * The conversion plan for `from → to` in `preset`: its named configuration when there is one,
 * otherwise (like opencc-js) the `from` groups followed by the `to` groups, with neither
 * normalisation nor segmentation.
 */
export function resolvePlan(preset: PresetData, from: Locale, to: Locale): ConversionPlan {
  const config = preset.configs[configName(from, to)] as PresetConfig | undefined;
  if (config) {
    const seg = config.segmentation;
    return {
      normalization: config.normalizationChain ?? null,
      segmentation: seg === undefined ? null : isGroup(seg) ? seg : [seg as DictLike],
      chain: config.conversionChain,
    };
  }
  const chain: (readonly DictLike[])[] = [];
  for (const [side, locale] of [
    [preset.from, from],
    [preset.to, to],
  ] as const) {
    if (locale === 't') continue;
    const groups = side[locale];
    if (!groups) throw new Error(`zh-news-normalize: no ${locale} dictionaries in this preset`);
    chain.push(...groups);
  }
  return { normalization: null, segmentation: null, chain };
}

// opencc-js reads a segmentation given as a list of serialised dictionaries as a group.
function isGroup(value: DictLike | readonly DictLike[]): value is readonly DictLike[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'string');
}
