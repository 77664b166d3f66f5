/**
 * Converters are built on first use, once per direction, and kept: building one parses its
 * dictionaries and fills its tries (tens of milliseconds for the large Simplified → Traditional
 * phrase dictionary), which must never happen at import time or on every call.
 * @internal
 */
import { Converter } from './engine.js';
import { type Locale, type PresetData, resolvePlan } from './locales.js';

const converters = /* @__PURE__ */ new Map<string, Converter>();

/** The converter for `from → to`, built from `preset` the first time it is asked for. */
export function converterFor(preset: PresetData, from: Locale, to: Locale): Converter {
  const key = `${from}>${to}`;
  let converter = converters.get(key);
  if (!converter) {
    converter = new Converter(resolvePlan(preset, from, to));
    converters.set(key, converter);
  }
  return converter;
}

/** How many converters have been built so far (for tests of laziness). */
export function builtConverterCount(): number {
  return converters.size;
}
