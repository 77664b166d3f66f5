/**
 * Differential test: our converter against raw opencc-js, in every direction, on the real
 * fixture, on text built from the dictionaries' own keys, and on random mixes.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { configs } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { convert, convertWithMap, type Locale } from '../../src/convert/index.js';
import { allDictionaries, prng } from './helpers.js';

type DictLike = string | readonly (readonly [string, string])[];

const LOCALES: Locale[] = ['cn', 'tw', 'twp', 'hk', 'hkp', 'jp', 't'];
const PAIRS = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => [from, to] as const));

const reference = new Map<string, (s: string) => string>();
function opencc(from: Locale, to: Locale): (s: string) => string {
  const key = `${from}>${to}`;
  let fn = reference.get(key);
  if (!fn) {
    fn = OpenCC.Converter({ from, to });
    reference.set(key, fn);
  }
  return fn;
}

const article = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

// Text made of dictionary keys (and values, which are the other script's phrases), glued
// together at random so that phrases meet across their boundaries, with punctuation, ASCII
// and the odd description sequence or astral character between them.
function dictionaryText(seed: number, pieces: number): string {
  const random = prng(seed);
  const words = allDictionaries().flatMap((d) => d.entries.flat());
  const glue = ['', '', '', '，', '。', ' ', 'ABC 123', '\n', '⿰氵青', '𠮷', '「', '」'];
  let out = '';
  for (let i = 0; i < pieces; i++) {
    out += words[Math.floor(random() * words.length)]!;
    out += glue[Math.floor(random() * glue.length)]!;
  }
  return out;
}

const keysText = dictionaryText(2026, 3000);

// Keys and values of every dictionary of a configuration (segmentation and conversion steps).
function traditionalWords(config: string): string[] {
  const c = configs as unknown as Record<
    string,
    { segmentation?: DictLike | DictLike[]; conversionChain: DictLike[][] }
  >;
  const { segmentation, conversionChain } = c[config]!;
  const segmentationDicts =
    segmentation === undefined
      ? []
      : Array.isArray(segmentation) && typeof segmentation[0] === 'string'
        ? (segmentation as DictLike[])
        : [segmentation as DictLike];
  const words: string[] = [];
  for (const dict of [...segmentationDicts, ...conversionChain.flat()]) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [key, value] of entries) words.push(key!, value!);
  }
  return words.filter((w) => w.length > 0);
}

// The fixture and the key text in each locale's own script, as opencc-js writes it.
function inputsFor(from: Locale): string[] {
  if (from === 'cn') return [article, keysText];
  const toLocale = opencc('cn', from);
  return [toLocale(article), toLocale(keysText), keysText];
}

describe('same output as opencc-js', () => {
  it.each(PAIRS)('%s → %s on the article and on dictionary text', (from, to) => {
    const ref = opencc(from, to);
    for (const input of inputsFor(from)) {
      const ours = convert(input, { from, to });
      expect(ours).toBe(ref(input));
      expect(convertWithMap(input, { from, to }).text).toBe(ours);
    }
  });

  // Long runs of Traditional text between segmentation phrases, dense with the first step's
  // keys (variant phrases and characters, changed or kept), segmentation keys and their
  // prefixes, the second step's keys, and the odd description sequence or astral character:
  // where the Traditional → Simplified engine follows the first step's walk and converts
  // windows around its changes. About 300,000 characters per direction.
  it.each([
    ['tw', 'tw2s'],
    ['twp', 'tw2sp'],
    ['hk', 'hk2s'],
    ['hkp', 'hk2sp'],
  ] as const)('%s → cn on long variant-heavy runs', (from, config) => {
    const words = traditionalWords(config);
    const random = prng(47);
    const glue = ['', '', '', '', '的', '在', '一', '，', ' ', '⿰氵青', '𠮷', '\n'];
    const parts: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      const word = words[Math.floor(random() * words.length)]!;
      // Whole words, and prefixes and suffixes of them, so that keys almost match.
      const cut = random();
      parts.push(cut < 0.6 ? word : cut < 0.8 ? word.slice(0, -1) : word.slice(1));
      parts.push(glue[Math.floor(random() * glue.length)]!);
    }
    // The same text in the variant's own forms too (OpenCC standard → tw or hk): segmentation
    // keys then appear only after the first step, across its changes.
    const text = parts.join('');
    const input =
      text +
      opencc('t', from === 'twp' ? 'tw' : from === 'hkp' ? 'hk' : from)(text) +
      opencc('cn', from)(article);
    const ours = convert(input, { from, to: 'cn' });
    expect(ours === opencc(from, 'cn')(input)).toBe(true);
    expect(convertWithMap(input, { from, to: 'cn' }).text === ours).toBe(true);
  });

  // Output is built in chunks of 8,192 code units decoded natively: a byte-order mark at a
  // chunk's start must stay, and lone surrogates and U+FFFD must come out as they went in.
  it('keeps BOMs, lone surrogates and U+FFFD across output chunks', () => {
    const random = prng(8192);
    const pieces = ['\ufeff', '\ud800', '\udc00', '\ufffd', '𠮷', '裡面', '著作', '发展', '軟體', 'a'];
    let input = '';
    while (input.length < 40_000) input += pieces[Math.floor(random() * pieces.length)]!;
    for (const [from, to] of PAIRS) {
      expect(convert(input, { from, to }) === opencc(from, to)(input)).toBe(true);
    }
    // A BOM exactly at the start of the second chunk, after text that every direction changes.
    const aligned = `${'發'.repeat(8192)}\ufeff${'發'.repeat(100)}`;
    expect(convert(aligned, { from: 'tw', to: 'cn' })).toBe(`${'发'.repeat(8192)}\ufeff${'发'.repeat(100)}`);
  });

  // Random strings over an alphabet where phrases are likely: characters of dictionary keys,
  // punctuation, ASCII, description operators, compatibility ideographs, surrogates.
  const alphabet = [
    ...new Set(
      allDictionaries()
        .flatMap((d) => d.entries.slice(0, 400).flatMap(([k, v]) => [...k, ...v]))
        .concat(['，', 'a', ' ', '⿰', '⿲', '豈', '\uD800', '\uDC00', '𠮷', '１']),
    ),
  ];
  const textArb = fc
    .array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 2, unit: 'binary' })), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

  it('on random mixes, in every direction', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...PAIRS), (text, [from, to]) => {
        expect(convert(text, { from, to })).toBe(opencc(from, to)(text));
      }),
      { numRuns: 1500 },
    );
  });
});
