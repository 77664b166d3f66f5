import { configs, from as fromDicts, to as toDicts } from 'opencc-js/preset';
import { assertOptions, assertString } from '../errors.js';
import { OffsetMap } from '../span.js';
import { assertLocale, type Locale, type PresetData } from './locales.js';
import { assertOverrides, type Overrides } from './overrides.js';
import { runConversion } from './run.js';

/** Options of {@link convert} and {@link convertWithMap}. */
export interface ConvertOptions {
  /** The script variant of the input. */
  from: Locale;
  /** The script variant to convert to. */
  to: Locale;
  /**
   * Your own phrases and characters, `source → replacement`, taking precedence over OpenCC's:
   * they take part in the same longest-match pass, and win a tie. A longer OpenCC phrase that
   * starts at the same place or earlier still wins, so to change a character everywhere also
   * add the phrases that contain it. Replacements are emitted as given.
   */
  overrides?: Overrides;
}

/** Result of {@link convertWithMap}. */
export interface ConvertResult {
  /** The converted text. */
  text: string;
  /** Carries offsets between the input (source) and {@link ConvertResult.text} (target). */
  map: OffsetMap;
}

// All of opencc-js's dictionaries: convert() can be asked for any direction at run time.
const FULL_PRESET: PresetData = { configs, from: fromDicts, to: toDicts };

/**
 * Converts Chinese text between script variants with OpenCC's dictionaries, giving exactly
 * what opencc-js gives (except that `from === to` returns the input unchanged).
 *
 * Converters are built on first use for each direction and cached; text of ASCII only, or
 * with nothing to convert, is returned as the same string.
 *
 * @param text - any string (lone surrogates and astral characters are fine).
 * @param options - `from` and `to` locales, and optional `overrides`.
 * @returns the converted text.
 * @throws TypeError when `text` is not a string or a locale is unknown (the message lists the
 *   valid ones).
 * @example
 * ```ts
 * convert('鼠标和软件', { from: 'cn', to: 'twp' }); // → '滑鼠和軟體'
 * convert('鼠标', { from: 'cn', to: 'tw', overrides: { 鼠标: '滑鼠' } }); // → '滑鼠'
 * ```
 */
export function convert(text: string, options: ConvertOptions): string {
  assertString(text, 'convert', 'text');
  const { from, to, overrides } = checkOptions(options, 'convert');
  return runConversion(FULL_PRESET, text, from, to, overrides, false).text;
}

/**
 * Like {@link convert}, and also returns the {@link OffsetMap} from the input to the output:
 * phrase conversion can change length (`U盘` → `隨身碟`), and spans found in one text must
 * be carried to the other.
 *
 * @param text - any string.
 * @param options - as for {@link convert}.
 * @returns `{ text, map }`; `map.toSource(i)` carries an output offset back to the input.
 * @example
 * ```ts
 * const { text, map } = convertWithMap('U盘坏了', { from: 'cn', to: 'twp' });
 * // text === '隨身碟壞了'
 * map.spanToSource({ start: 3, end: 5 }); // → { start: 2, end: 4 }
 * ```
 */
export function convertWithMap(text: string, options: ConvertOptions): ConvertResult {
  assertString(text, 'convertWithMap', 'text');
  const { from, to, overrides } = checkOptions(options, 'convertWithMap');
  const result = runConversion(FULL_PRESET, text, from, to, overrides, true);
  return { text: result.text, map: result.map ?? OffsetMap.identity(text.length) };
}

function checkOptions(options: unknown, fn: string): ConvertOptions {
  assertOptions(options, fn);
  const { from, to, overrides } = (options ?? {}) as Partial<ConvertOptions>;
  assertLocale(from, fn, 'from');
  assertLocale(to, fn, 'to');
  assertOverrides(overrides, fn);
  return overrides === undefined ? { from, to } : { from, to, overrides };
}
