/**
 * The rule prefilter (`requires` in rules.ts) may only skip lines the pattern cannot match:
 * every line a pattern matches must hold one of the rule's `requires` characters. Checked on
 * every line of the labelled fixtures and the real fixture, and on generated lines built from
 * the pattern's own words with the required characters taken out (the lines most likely to
 * slip through a wrong prefilter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, measure, normalise } from '../../src/boilerplate/classify.js';
import { LINE_RULE_GROUPS, type LineRule } from '../../src/boilerplate/rules.js';
import { parseFixture } from './fixture-format.js';

const rules = LINE_RULE_GROUPS.flat().filter((r): r is LineRule & { requires: string } => !!r.requires);

const dir = new URL('../fixtures/boilerplate/', import.meta.url);
const lines = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => parseFixture(f, readFileSync(new URL(f, dir), 'utf8')).input),
  readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8'),
]
  .flatMap((text) => text.split(/\r\n|\r|\n/))
  .map((l) => normalise(l.trim()))
  .filter((l) => l.length > 0);

function holdsRequired(line: string, requires: string): boolean {
  for (let i = 0; i < line.length; i++) if (requires.includes(line[i]!)) return true;
  return false;
}

/** The pattern's words (Han and Latin runs of its source) with the required characters removed. */
function tokensWithout(rule: LineRule & { requires: string }): string[] {
  const words = rule.pattern.source.match(/[\p{Script=Han}A-Za-z]+/gu) ?? [];
  const stripped = words.map((w) => [...w].filter((c) => !rule.requires.includes(c)).join(''));
  return [...new Set(stripped.filter((w) => w.length > 0))];
}

const SEPARATORS = [
  ' ',
  '：',
  ':',
  '|',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '1',
  '2024',
  '.',
  '-',
  '>',
  '，',
  '。',
];

describe('rule prefilter', () => {
  it('the fixture lines hold enough pattern matches to be a test', () => {
    const hits = rules.reduce((n, r) => n + lines.filter((l) => r.pattern.test(l)).length, 0);
    expect(hits).toBeGreaterThan(200);
  });

  it.each(rules.map((r, i) => [`${r.name}#${i}`, r] as const))(
    '%s: every fixture line it matches holds a required character',
    (_name, rule) => {
      const missed = lines.filter((l) => rule.pattern.test(l) && !holdsRequired(l, rule.requires));
      expect(missed).toEqual([]);
    },
  );

  it.each(rules.map((r, i) => [`${r.name}#${i}`, r] as const))(
    '%s: lines made of its words without the required characters never match',
    (_name, rule) => {
      const pieces = [...tokensWithout(rule), ...SEPARATORS];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
          const line = parts.join('');
          return holdsRequired(line, rule.requires) || !rule.pattern.test(line);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('classification with the prefilter equals trying every pattern in order', () => {
    // the reference: the first rule (in table order) whose limits and pattern match
    for (const line of lines) {
      const l = measure(0, line.length, line);
      const got = classify(l, new Set(), []);
      const first = LINE_RULE_GROUPS.flat().find(
        (r) =>
          (r.maxLength === undefined || line.length <= r.maxLength) &&
          !(r.noSentenceEnd && l.ends > 0 && !(l.ends === 1 && /[?？!！]$/.test(line) && l.chars <= 12)) &&
          r.pattern.test(line),
      );
      if (first) expect(got?.name).toBe(first.name);
    }
  });
});
