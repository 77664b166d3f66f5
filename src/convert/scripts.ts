import { from as cnFrom, configs as toTradConfigs, to as tradTo } from 'opencc-js/preset/cn2t';
import { to as cnTo, configs as toSimpConfigs, from as tradFrom } from 'opencc-js/preset/t2cn';
import { assertString } from '../errors.js';
import { assertLocale, type Locale, type PresetData } from './locales.js';
import { runConversion } from './run.js';

/** A Traditional (or Japanese Shinjitai) variant: every {@link Locale} but `cn`. */
export type TraditionalLocale = Exclude<Locale, 'cn'>;

// Only the Simplified → Traditional dictionaries, so that a bundle using toTraditional alone
// does not carry the reverse ones (and the other way round below).
const TO_TRADITIONAL: PresetData = { configs: toTradConfigs, from: cnFrom, to: tradTo };
const TO_SIMPLIFIED: PresetData = { configs: toSimpConfigs, from: tradFrom, to: cnTo };

/**
 * Converts Simplified Chinese (mainland) to a Traditional variant: the same as
 * `convert(text, { from: 'cn', to: variant })`.
 *
 * @param text - any string.
 * @param variant - `tw` (default), `twp`, `hk`, `hkp`, `t` or `jp`.
 * @returns the converted text.
 * @example
 * ```ts
 * toTraditional('软件开发'); // → '軟件開發'
 * toTraditional('软件开发', 'twp'); // → '軟體開發'
 * ```
 */
export function toTraditional(text: string, variant: TraditionalLocale = 'tw'): string {
  assertString(text, 'toTraditional', 'text');
  checkVariant(variant, 'toTraditional');
  return runConversion(TO_TRADITIONAL, text, 'cn', variant, undefined, false).text;
}

/**
 * Converts a Traditional variant to Simplified Chinese (mainland): the same as
 * `convert(text, { from: variant, to: 'cn' })`. The Traditional characters shared by all
 * variants convert whichever variant is named; the variant only decides which regional forms
 * (and, for `twp`/`hkp`, regional phrases) are recognised too.
 *
 * @param text - any string.
 * @param variant - the variant of the input: `tw` (default), `twp`, `hk`, `hkp`, `t` or `jp`.
 * @returns the converted text.
 * @example
 * ```ts
 * toSimplified('軟體開發'); // → '软体开发'
 * toSimplified('軟體開發', 'twp'); // → '软件开发'
 * ```
 */
export function toSimplified(text: string, variant: TraditionalLocale = 'tw'): string {
  assertString(text, 'toSimplified', 'text');
  checkVariant(variant, 'toSimplified');
  return runConversion(TO_SIMPLIFIED, text, variant, 'cn', undefined, false).text;
}

function checkVariant(variant: unknown, fn: string): asserts variant is TraditionalLocale {
  assertLocale(variant, fn, 'variant');
  if (variant === 'cn') {
    throw new TypeError(`${fn}: variant must be a Traditional locale (tw, twp, hk, hkp, jp, t), got "cn"`);
  }
}
