/**
 * One conversion call: argument checks aside, everything `convert`, `convertWithMap`,
 * `toTraditional` and `toSimplified` share.
 * @internal
 */
import type { OffsetMap } from '../span.js';
import { converterFor } from './cache.js';
import type { Locale, PresetData } from './locales.js';
import { convertWithOverrides, type Overrides, overrideTrie } from './overrides.js';
import { Sink } from './sink.js';

// No OpenCC dictionary has a key made of ASCII characters only (a test checks this), so
// text without any other character is returned as it is, without building a converter.
const NON_ASCII = /[^\u0000-\u007f]/;

/** Converts `text`; `map` is null when the caller did not ask for one or nothing changed. */
export function runConversion(
  preset: PresetData,
  text: string,
  from: Locale,
  to: Locale,
  overrides: Overrides | undefined,
  withMap: boolean,
): { text: string; map: OffsetMap | null } {
  const overrideMatcher = overrides ? overrideTrie(overrides) : null;
  if (!overrideMatcher && (from === to || !NON_ASCII.test(text))) return { text, map: null };
  const converter = from === to ? null : converterFor(preset, from, to);
  const normalized = converter ? converter.normalize(text, withMap) : { text, map: null };
  const sink = new Sink(normalized.text, withMap);
  if (overrideMatcher) {
    convertWithOverrides(converter, overrideMatcher, normalized.text, sink);
  } else {
    converter!.convertRange(normalized.text, 0, normalized.text.length, sink);
  }
  if (!withMap) return { text: sink.finishText(), map: null };
  const done = sink.finish();
  return { text: done.text, map: normalized.map ? normalized.map.compose(done.map) : done.map };
}
