/**
 * The hedge matcher's first-code-unit prefilter (ADR 0059) is a speed-up only: with it, the matcher
 * must return exactly what the plain global regex returns. (Kept here with the pipeline's speed
 * work; it belongs with tests/hedges, whose owner may move it.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON, SLOTS } from '../../src/hedges/lexicon.js';
import { compileMatcher, firstCodeUnits } from '../../src/hedges/matcher.js';
import { GROUPS } from '../hedges/cases.js';

const fast = compileMatcher(LEXICON, SLOTS);
const plain = compileMatcher(LEXICON, SLOTS, { prefilter: false });

function units(table: Uint8Array | null): string | null {
  if (!table) return null;
  let out = '';
  for (let c = 0; c < table.length; c++) if (table[c]) out += String.fromCharCode(c);
  return out;
}

describe('firstCodeUnits', () => {
  it.each([
    ['据悉|可能', '可据'],
    // An optional or zero-count item lets the next one start the match.
    ['(?:还|尚)?(?:没有|未)', '尚未没还'],
    ['(?:也|都){0,2}表示', '也表都'],
    // Lookarounds are skipped: the match starts after them.
    ['(?=表示)(?<=外界)表示', '表'],
    ['料(?<=市场料)(?![理想])', '料'],
    ['[据據][^，]{0,3}报道', '据據'],
    ['\\u4e00|\\n', '\n一'],
    ['a+?b|c{2,}', 'ac'],
  ])('%s starts with one of %j', (source, expected) => {
    expect([...(units(firstCodeUnits(source)) ?? '')].sort().join('')).toBe([...expected].sort().join(''));
  });

  it.each([
    ['', 'empty'],
    ['a?', 'nullable'],
    ['(?:a|)', 'nullable alternative'],
    ['(?!)', 'matches nothing, but zero-width'],
    ['(a)\\1', 'back-reference'],
    ['(?<name>a)', 'named group'],
    ['\\x41', 'unknown escape'],
  ])('%j cannot be told (%s)', (source) => {
    expect(firstCodeUnits(source)).toBeNull();
  });

  it('puts every code unit in the table where a match may start with anything', () => {
    for (const source of ['.a', '[^，]b', '\\s', '[\\d]x']) {
      expect(firstCodeUnits(source)?.every((x) => x === 1)).toBe(true);
    }
  });

  it('reads the built-in lexicon, so the prefilter is on for the default matcher', () => {
    const table = firstCodeUnits(fast.source);
    expect(table).not.toBeNull();
    // Every literal cue starts with a code unit of the table.
    for (const e of LEXICON) if (!e.frame && e.cue) expect(table![e.cue.charCodeAt(0)]).toBe(1);
  });
});

describe('the matcher with the prefilter', () => {
  const texts: string[] = [];
  for (const group of Object.values(GROUPS)) for (const [text] of group) texts.push(text);
  const fixtures = new URL('../fixtures/', import.meta.url);
  for (const file of readdirSync(fixtures).filter(
    (f) => f.startsWith('hedges-') || f.startsWith('scraped-'),
  )) {
    texts.push(readFileSync(new URL(file, fixtures), 'utf8'));
  }

  it('finds what the plain regex finds on every test case and fixture', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(fast.match(text)).toEqual(plain.match(text));
  });

  it('finds what the plain regex finds on text made of cues, their parts and noise', () => {
    const cues = LEXICON.filter((e) => !e.frame).map((e) => e.cue);
    const parts = fc.oneof(
      fc.constantFrom(...cues),
      fc.constantFrom(...cues).map((c) => c.slice(1)),
      fc.constantFrom(
        '外界',
        '俄罗斯媒体',
        '知情人士',
        '表示',
        '猜测',
        '尚未',
        '证实',
        '料',
        '市场',
        '，',
        '。',
        '\n',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (a) => {
        const text = a.join('');
        expect(fast.match(text)).toEqual(plain.match(text));
      }),
      { numRuns: 1000 },
    );
  });
});
