import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convert,
  convertWithMap,
  type Locale,
  toSimplified,
  toTraditional,
} from '../../src/convert/index.js';
import { expectMapDescribes, expectMapMonotone } from '../support/maps.js';
import { dictEntries } from './helpers.js';

const LOCALES: Locale[] = ['cn', 'tw', 'twp', 'hk', 'hkp', 'jp', 't'];
const localeArb = fc.constantFrom(...LOCALES);

// Any string, weighted towards what conversion cares about: Chinese phrases of both scripts,
// description sequences, compatibility ideographs, astral characters and lone surrogates.
const pieceArb = fc.oneof(
  fc.constantFrom(
    '软件',
    '鼠标',
    '頭髮',
    '發展',
    '乾隆',
    '⿰氵青',
    '⿱',
    '豈',
    '𠮷',
    '\uD800',
    '\uDFFF',
    '，',
    'A',
  ),
  fc.string({ maxLength: 3, unit: 'binary' }),
);
const textArb = fc.array(pieceArb, { maxLength: 30 }).map((parts) => parts.join(''));

describe('conversion properties', () => {
  it('never throws, on any string, in any direction', () => {
    fc.assert(
      fc.property(textArb, localeArb, localeArb, (text, from, to) => {
        expect(typeof convert(text, { from, to })).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('returns the input when from === to', () => {
    fc.assert(
      fc.property(textArb, localeArb, (text, locale) => {
        expect(convert(text, { from: locale, to: locale })).toBe(text);
      }),
    );
  });

  it('gives a monotone map that carries every unchanged stretch exactly', () => {
    fc.assert(
      fc.property(textArb, localeArb, localeArb, (text, from, to) => {
        const { text: out, map } = convertWithMap(text, { from, to });
        expect(out).toBe(convert(text, { from, to }));
        expectMapDescribes(text, out, map);
        expectMapMonotone(map);
      }),
      { numRuns: 500 },
    );
  });

  // Characters whose Simplified ↔ Traditional (Taiwan) mapping is one-to-one, built from the
  // dictionaries: a Simplified character with one Traditional form that no other Simplified
  // character shares and that converts back to it, occurring in no phrase of either direction
  // and untouched by the Taiwan variant tables.
  const oneToOne = (() => {
    const st = dictEntries('s2t', 0, 2);
    const ts = new Map(dictEntries('t2s', 0, 1));
    const inPhrases = new Set(
      [...dictEntries('s2t', 0, 0), ...dictEntries('s2t', 0, 1), ...dictEntries('t2s', 0, 0)].flatMap(
        ([k, v]) => [...k, ...v],
      ),
    );
    const variants = new Set(
      [
        ...dictEntries('t2tw', 0, 0),
        ...dictEntries('t2tw', 0, 1),
        ...dictEntries('tw2t', 0, 0),
        ...dictEntries('tw2t', 0, 1),
      ].flatMap(([k, v]) => [...k, ...v]),
    );
    const targets = new Map<string, number>();
    for (const [, t] of st) targets.set(t, (targets.get(t) ?? 0) + 1);
    const chars = st
      .filter(([s, t]) => [...s].length === 1 && [...t].length === 1 && s !== t)
      .filter(([s, t]) => targets.get(t) === 1 && ts.get(t) === s)
      .filter(([s, t]) => !inPhrases.has(s) && !inPhrases.has(t) && !variants.has(s) && !variants.has(t))
      .map(([s]) => s);
    return chars;
  })();

  it('finds a useful set of one-to-one characters', () => {
    expect(oneToOne.length).toBeGreaterThan(300);
  });

  it('round-trips text made only of one-to-one characters: toSimplified(toTraditional(x)) === x', () => {
    const arb = fc
      .array(fc.oneof(fc.constantFrom(...oneToOne), fc.constantFrom(' ', '，', '1', 'a')), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(arb, (text) => {
        const traditional = toTraditional(text);
        expect(toSimplified(traditional)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
