import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextWithMap } from '../../src/index.js';
import { textArb } from '../support/arbitraries.js';
import { expectMapDescribes, expectMapMonotone } from '../support/maps.js';

const runs = { numRuns: Number(process.env.FC_RUNS ?? 2000) };

describe('normalizeText properties', () => {
  it('never throws, and is idempotent', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const once = normalizeText(input);
        expect(normalizeText(once)).toBe(once);
      }),
      runs,
    );
  });

  it('is idempotent with any set of rules switched off', () => {
    const optionsArb = fc.record(
      {
        entities: fc.boolean(),
        punctuation: fc.boolean(),
        cjkSpaces: fc.boolean(),
        whitespace: fc.boolean(),
        ellipsis: fc.boolean(),
        fullWidth: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(textArb, optionsArb, (input, options) => {
        const once = normalizeText(input, options);
        expect(normalizeText(once, options)).toBe(once);
      }),
      runs,
    );
  });

  it('normalizeTextWithMap gives the same text, and a map that is monotone, inside both strings and exact outside changes', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const { text, map } = normalizeTextWithMap(input);
        expect(text).toBe(normalizeText(input));
        expectMapDescribes(input, text, map);
        expectMapMonotone(map);
      }),
      runs,
    );
  });

  it('leaves text that needs no normalisation untouched, with an identity map', () => {
    const clean = fc
      .stringMatching(/^[一-龥，。！？a-z0-9]{0,30}$/u)
      .filter((s) => !/[a-z0-9][，。！？]|[，。！？][a-z0-9]|。。。/.test(s));
    fc.assert(
      fc.property(clean, (input) => {
        const { text, map } = normalizeTextWithMap(input);
        expect(text).toBe(input);
        expect(map.isIdentity).toBe(true);
      }),
    );
  });

  it('handles very long lines and many empty lines', () => {
    const long = '中文,English '.repeat(50_000);
    expect(normalizeText(long).length).toBeGreaterThan(0);
    expect(normalizeText('\n'.repeat(100_000))).toBe('\n\n');
    expect(normalizeText(','.repeat(100_000))).toBe(','.repeat(100_000));
  });
});
