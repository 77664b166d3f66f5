import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Segmenter, tokenize } from '../../src/words/index.js';

const fixture = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

// Every token is exactly its slice, tokens are in order and disjoint, none contains whitespace,
// and together they cover every non-whitespace code unit of the input.
function expectExactTiling(input: string, tokens: { text: string; start: number; end: number }[]): void {
  let last = 0;
  let covered = 0;
  for (const t of tokens) {
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(/\s/.test(t.text)).toBe(false);
    expect(/\S/.test(input.slice(last, t.start))).toBe(false);
    covered += t.end - t.start;
    last = t.end;
  }
  expect(/\S/.test(input.slice(last))).toBe(false);
  expect(covered).toBe(input.replace(/\s+/g, '').length);
}

describe('tokenize with segmentit', () => {
  it.each([
    ['金正恩接见俄高官', ['金正恩', '接见', '俄', '高官']],
    ['坚定支持普京决策，给出了承诺', ['坚定', '支持', '普京', '决策', '，', '给出', '了', '承诺']],
    // segmentit alone merges digits across the space (`19 16` → `1916`).
    ['在 19 16 年', ['在', '19', '16', '年']],
    ['2024-07-19 16:22:30', ['2024', '-', '07', '-', '19', '16', ':', '22', ':', '30']],
    // Ideographic space separates tokens like any other whitespace.
    ['今天\u3000天气', ['今天', '天气']],
    ['“你好”\n\n世界。', ['“', '你好', '”', '世界', '。']],
    ['hello world 3.14', ['hello', 'world', '3.14']],
    ['', []],
    [' \n\t\u3000 ', []],
  ])('%j → %j', (input, expected) => {
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    expectExactTiling(input, tokens);
  });

  it('gives exact offsets on the real scraped page', () => {
    const tokens = tokenize(fixture);
    expectExactTiling(fixture, tokens);
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['金正恩', '俄罗斯', '军事']));
  });

  it('keeps lone surrogates, NUL and astral characters as tokens with exact offsets', () => {
    const input = 'a\u0000b \uD800好 𠀀𠀁';
    expectExactTiling(input, tokenize(input));
  });

  it('never throws and always tiles the input exactly (any string)', () => {
    const zh = fc.constantFrom(...'金正恩接见俄高官，。“”19 6年\n\u3000Ａａ.-:据悉可能'.split(''));
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: zh, maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (input) => expectExactTiling(input, tokenize(input))),
      { numRuns: 300 },
    );
  });
});

describe('tokenize with a custom segmenter', () => {
  it('calls the segmenter once per whitespace-free run', () => {
    const runs: string[] = [];
    tokenize(' ab  cd\ne ', {
      segmenter: (run) => {
        runs.push(run);
        return [run];
      },
    });
    expect(runs).toEqual(['ab', 'cd', 'e']);
  });

  it.each<[string, Segmenter, string[]]>([
    ['one character per word', (run) => [...run], ['a', 'b', 'c']],
    // Words it drops are covered by a gap token; words it rewrote cannot be placed and are skipped.
    ['drops characters', (run) => [run.slice(1)], ['a', 'bc']],
    ['rewrites words', (run) => [run.toUpperCase()], ['abc']],
    ['returns nothing', () => [], ['abc']],
    ['returns empty words', () => ['', 'a', '', 'bc'], ['a', 'bc']],
    ['returns words past the end', () => ['abc', 'd'], ['abc']],
  ])('keeps exact offsets when the segmenter %s', (_name, segmenter, expected) => {
    const tokens = tokenize('abc', { segmenter });
    expect(tokens.map((t) => t.text)).toEqual(expected);
    expectExactTiling('abc', tokens);
  });

  it('accepts an Intl.Segmenter', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const input = '金正恩接见俄高官， 在 19 16 年';
    const tokens = tokenize(input, { segmenter });
    expectExactTiling(input, tokens);
    expect(tokens.map((t) => t.text)).toContain('接见');
  });
});

describe('tokenize arguments', () => {
  it.each([[undefined], [null], [42], [['a']]])('throws a TypeError naming text for %j', (value) => {
    expect(() => tokenize(value as unknown as string)).toThrow(/tokenize: expected text to be a string/);
  });

  it.each([[42], ['x'], [{}], [null]])('throws a TypeError for segmenter %j', (segmenter) => {
    expect(() => tokenize('a', { segmenter: segmenter as unknown as Segmenter })).toThrow(TypeError);
  });

  it('throws a TypeError when options is not an object', () => {
    expect(() => tokenize('a', 'x' as never)).toThrow(/tokenize: expected options/);
  });
});
