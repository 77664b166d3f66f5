import { describe, expect, it } from 'vitest';
import { detectHedges } from '../../src/hedges/index.js';
import { GROUPS } from './cases.js';

const total = Object.values(GROUPS).reduce((n, cases) => n + cases.length, 0);

describe('detectHedges: test table', () => {
  it('has at least 250 sentences', () => {
    expect(total).toBeGreaterThanOrEqual(250);
  });

  for (const [group, cases] of Object.entries(GROUPS)) {
    describe(group, () => {
      it.each(cases)('%s', (text, expected) => {
        const got = detectHedges(text).map((h) => `${h.cue}/${h.category}`);
        expect(got).toEqual(expected);
      });
    });
  }
});
