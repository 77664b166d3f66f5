/**
 * The hedge detector's fast paths for the pipeline (ADR 0059) are speed-ups only: with the
 * first-code-unit prefilter the matcher returns exactly what the plain global regex returns, and
 * detection with the whole text's sentences returns exactly what detectHedges returns. (Kept here
 * with the pipeline's speed work; they belong with tests/hedges, whose owner may move them.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHedges, detectHedgesInSentences } from '../../src/hedges/index.js';
import { LEXICON, SLOTS } from '../../src/hedges/lexicon.js';
import { compileMatcher, firstCodeUnits, trieRegExp } from '../../src/hedges/matcher.js';
import { splitSentences } from '../../src/sentences/index.js';
import { GROUPS } from './cases.js';

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

// Every hedge test case, the hedge held-out sets and the scraped page.
const texts: string[] = [];
for (const group of Object.values(GROUPS)) for (const [text] of group) texts.push(text);
const fixtures = new URL('../fixtures/', import.meta.url);
for (const file of readdirSync(fixtures).filter((f) => f.startsWith('hedges-') || f.startsWith('scraped-'))) {
  texts.push(readFileSync(new URL(file, fixtures), 'utf8'));
}

describe('the matcher with the prefilter', () => {
  it('finds what the plain regex finds on every test case and fixture', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(fast.match(text)).toEqual(plain.match(text));
  });

  it('finds what the plain regex finds on text made of cues, their parts and noise', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(fast.match(text)).toEqual(plain.match(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('trieRegExp', () => {
  // Few letters, so that words share prefixes and suffixes and one word is often inside another.
  const word = fc.string({
    unit: fc.constantFrom('a', 'b', '人', '士', '\u{20000}'),
    minLength: 1,
    maxLength: 4,
  });
  const longest = (words: string[], fits: (w: string) => boolean) =>
    words
      .filter(fits)
      .reduce<string | undefined>((a, w) => (a === undefined || w.length > a.length ? w : a), undefined);

  it('as a prefix trie, matches the longest word the text starts with', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), word, (words, text) => {
        const found = new RegExp(`^(?:${trieRegExp(words)})`).exec(text)?.[0];
        expect(found).toBe(longest(words, (w) => text.startsWith(w)));
      }),
      { numRuns: 500 },
    );
  });

  it('as a suffix trie in a lookbehind, matches the longest word the text ends with', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), word, (words, text) => {
        const found = new RegExp(`(?<=(${trieRegExp(words, true)}))$`).exec(text)?.[1];
        expect(found).toBe(longest(words, (w) => text.endsWith(w)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('cancelling contexts, grouped by shape', () => {
  const entry = {
    cue: '可能',
    category: 'speculation' as const,
    // Left only (plain and with a gap), right only (plain and with a gap), and both.
    cancelContexts: ['尽可能', '没有…的可能', '可能性', '可能…吗', '研究…可能…问题'],
  };
  const matcher = compileMatcher([entry], SLOTS);
  it.each([
    ['他可能来。', 1],
    ['尽可能快。', 0],
    ['没有开战的可能。', 0],
    ['有开战的可能。', 1],
    ['可能性不大。', 0],
    ['可能是他吗？', 0],
    ['研究新的可能出路问题。', 0],
    ['研究新的可能出路。', 1],
    ['他说尽，可能来。', 1],
  ])('%s → %i', (text, hits) => {
    expect(matcher.match(text)).toHaveLength(hits);
  });

  it('cancels every occurrence when a context is the cue itself', () => {
    const all = compileMatcher([{ ...entry, cancelContexts: ['可能', '尽可能'] }], SLOTS);
    expect(all.match('他可能来，也可能不来。')).toEqual([]);
  });
});

describe('source frames anchored on their verb', () => {
  it('split a frame at its last group, past escapes and classes, and match what the plain regex matches', () => {
    const entries = [
      { cue: 'a', frame: '{source}[)）]?(?:说|说\\))', category: 'attribution' as const },
      { cue: 'b', frame: '{source}\\)(?:称)', category: 'attribution' as const },
      { cue: 'c', frame: '{source}(?:称)?', category: 'attribution' as const },
    ];
    const withPrefilter = compileMatcher(entries, SLOTS);
    const without = compileMatcher(entries, SLOTS, { prefilter: false });
    for (const text of ['外界)说', '外界说)', '外界)称', '外界称', '外界', '他说，外界）说']) {
      expect(withPrefilter.match(text), text).toEqual(without.match(text));
    }
    // Without the frame that can match an empty verb, the cue runs from the source to the verb.
    const twoFrames = compileMatcher(entries.slice(0, 2), SLOTS);
    expect(twoFrames.match('外界)说').map((h) => [h.start, h.end, h.source])).toEqual([
      [0, 4, { start: 0, end: 2 }],
    ]);
  });
});

describe('detectHedgesInSentences', () => {
  it('returns what detectHedges returns, on every test case and fixture', () => {
    for (const text of texts) {
      expect(detectHedgesInSentences(text, splitSentences(text))).toEqual(detectHedges(text));
    }
  });

  it('returns what detectHedges returns, with options, on text made of cues and line breaks', () => {
    const options = fc.constantFrom(undefined, { categories: ['speculation' as const] });
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 80 })), options, (text, o) => {
        expect(detectHedgesInSentences(text, splitSentences(text), o)).toEqual(detectHedges(text, o));
      }),
      { numRuns: 1000 },
    );
  });
});

// Cues, their tails, slot words, punctuation, line breaks of every kind and noise.
const cueTexts = LEXICON.filter((e) => !e.frame).map((e) => e.cue);
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...cueTexts),
      fc.constantFrom(...cueTexts).map((c) => c.slice(1)),
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
        '网友',
        '有人',
        '一名',
        '今天',
        '6月8日',
        '在',
        '说',
        '不願',
        '回應',
        '未',
        '调查',
        '中',
        '，',
        '。',
        '“',
        '”',
        '\n',
        '\n\n',
        '\r\n',
        '\u2028',
        '……',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((a) => a.join(''));
