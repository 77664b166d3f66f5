/**
 * OpenCC's own conversion test cases (tests/fixtures/opencc/, see its README for the source
 * and licence), every one run per configuration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert, type Locale } from '../../src/convert/index.js';

interface Case {
  id: string;
  config: string;
  from: Locale;
  to: Locale;
  input: string;
  expected: string;
}

const suite = JSON.parse(
  readFileSync(new URL('../fixtures/opencc/testcases.json', import.meta.url), 'utf8'),
) as { cases: Case[]; total: number };

// opencc-js 1.4.2 leaves three rare t2s mappings into CJK extension blocks out of its data on
// purpose (it keeps its dictionaries to characters that common fonts can show), and we use its
// dictionaries, so we give its answer: that one Traditional character stays as it is. Each
// entry says which mapping is missing; with it put back, our output must equal OpenCC's.
const KNOWN_DIFFERENCES: Record<string, { missing: [string, string]; reason: string }> = {
  'BYVoid_OpenCC_PR_1228_existing_behaviors:t2s': {
    missing: ['殢', '𣨼'],
    reason: 'opencc-js omits 殢 → 𣨼 (U+23A3C, CJK Extension B)',
  },
  'BYVoid_OpenCC_PR_1229_existing_behaviors:t2s': {
    missing: ['圞', '𪢮'],
    reason: 'opencc-js omits 圞 → 𪢮 (U+2A8AE, CJK Extension C)',
  },
  'BYVoid_OpenCC_PR_464_xi_vs_xi:t2s': {
    missing: ['樠', '𣗊'],
    reason: 'opencc-js omits 樠 → 𣗊 (U+235CA, CJK Extension B) in 樠谿',
  },
};

const byConfig = new Map<string, Case[]>();
for (const c of suite.cases) byConfig.set(c.config, [...(byConfig.get(c.config) ?? []), c]);

describe('OpenCC test cases', () => {
  it('has every case of the fixture', () => {
    expect(suite.cases.length).toBe(suite.total);
    expect(suite.cases.length).toBe(543);
  });

  for (const [config, cases] of byConfig) {
    const expectedToPass = cases.filter((c) => !KNOWN_DIFFERENCES[c.id]);
    describe(config, () => {
      it.each(expectedToPass.map((c) => [c.id, c] as const))('%s', (_id, c) => {
        expect(convert(c.input, { from: c.from, to: c.to })).toBe(c.expected);
      });
    });
  }

  describe('known differences from native OpenCC (the three opencc-js also fails)', () => {
    const known = suite.cases.filter((c) => KNOWN_DIFFERENCES[c.id]);
    it('lists exactly three cases', () => {
      expect(known.length).toBe(3);
    });
    it.each(known.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const { missing, reason } = KNOWN_DIFFERENCES[c.id]!;
      const ours = convert(c.input, { from: c.from, to: c.to });
      expect(ours, reason).not.toBe(c.expected);
      expect(ours.replaceAll(missing[0], missing[1]), reason).toBe(c.expected);
    });
  });
});
