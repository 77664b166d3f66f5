/**
 * The labelled fixtures (tests/fixtures/boilerplate, format in fixture-format.ts): every page is
 * a partition of its input, is idempotent, and the set meets the quality bar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/index.js';
import { parseFixture, visible } from './fixture-format.js';

const dir = new URL('../fixtures/boilerplate/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseFixture(f, readFileSync(new URL(f, dir), 'utf8')));

describe('boilerplate fixtures', () => {
  it('has at least 40 fixtures of both input shapes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.shape === 'a').length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.shape === 'b').length).toBeGreaterThanOrEqual(20);
  });

  const totals = { body: 0, bodyKept: 0, boiler: 0, boilerRemoved: 0, clean: 0 };
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const r = stripBoilerplate(f.input);
    const kept = new Uint8Array(f.input.length);
    for (const p of r.paragraphs) kept.fill(1, p.start, p.end);
    let lost = 0;
    for (const l of f.lines) {
      const text = f.input.slice(l.start, l.end);
      const n = visible(text);
      let k = 0;
      for (let i = l.start; i < l.end; i++) if (!/\s/.test(f.input[i]!)) k += kept[i]!;
      if (l.label === 'body') {
        totals.body += n;
        totals.bodyKept += k;
        if (k < n) lost++;
      } else {
        totals.boiler += n;
        totals.boilerRemoved += n - k;
      }
    }
    if (lost === 0) totals.clean++;
    expect(stripBoilerplate(r.text).removed).toEqual([]);
  });

  it('meets the quality bar on the whole set', () => {
    expect(totals.bodyKept / totals.body).toBeGreaterThanOrEqual(0.99);
    expect(totals.boilerRemoved / totals.boiler).toBeGreaterThanOrEqual(0.9);
    expect(totals.clean / fixtures.length).toBeGreaterThanOrEqual(0.95);
  });
});
