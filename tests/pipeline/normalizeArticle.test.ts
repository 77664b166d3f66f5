import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHedges } from '../../src/hedges/index.js';
import { type Article, normalizeArticle } from '../../src/pipeline/index.js';
import type { Span } from '../../src/span.js';

const fixture = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

// A page written for these tests, shaped like a scraped article: headline, byline, body with
// half-width commas between Chinese characters, a caption-like line, an editor credit.
const PAGE = [
  '外交部回应记者提问',
  '',
  '新华社记者2024-03-05 10:20:00  阅读 88',
  '',
  '据悉,双方将于下周举行新一轮会谈。外界猜测,会谈可能涉及贸易问题。',
  '',
  '发言人表示,目前尚未证实有关报道的真实性。',
  '',
  '责任编辑：李明',
].join('\n');

function within(span: Span, length: number): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= length;
}

// The invariants every article must satisfy, whatever its input.
function expectConsistent(input: string, a: Article): void {
  for (const s of [...a.paragraphs, ...a.sentences]) {
    expect(within(s, a.text.length)).toBe(true);
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(within(s.origin, input.length)).toBe(true);
  }
  for (const h of a.hedges) {
    expect(a.text.slice(h.start, h.end)).toBe(h.cue);
    expect(within(h.origin, input.length)).toBe(true);
    expect(h.sentence.start <= h.start && h.end <= h.sentence.end).toBe(true);
  }
  for (const r of a.removed) {
    expect(r.start).toBe(r.end);
    expect(within(r, a.text.length)).toBe(true);
    expect(input.slice(r.origin.start, r.origin.end)).toBe(r.text);
  }
  // Sentences and paragraphs come in order, in the text and in the input.
  for (const list of [a.sentences, a.paragraphs]) {
    for (let i = 1; i < list.length; i++) {
      expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      expect(list[i]!.origin.start).toBeGreaterThanOrEqual(list[i - 1]!.origin.end);
    }
  }
  expect(a.stats.textLength).toBe(a.text.length);
  expect(a.stats.inputLength).toBe(input.length);
  expect(a.stats.sentences).toBe(a.sentences.length);
  expect(a.stats.hedges).toBe(a.hedges.length);
}

describe('normalizeArticle', () => {
  it('runs every stage on a page and maps each span back to the input', () => {
    const a = normalizeArticle(PAGE);
    expectConsistent(PAGE, a);
    expect(a.title).toBe('外交部回应记者提问');
    expect(a.text).toBe(
      '据悉，双方将于下周举行新一轮会谈。外界猜测，会谈可能涉及贸易问题。\n\n发言人表示，目前尚未证实有关报道的真实性。',
    );
    expect(a.paragraphs.map((p) => p.text)).toHaveLength(2);
    expect(a.sentences.map((s) => s.text)).toEqual([
      '据悉，双方将于下周举行新一轮会谈。',
      '外界猜测，会谈可能涉及贸易问题。',
      '发言人表示，目前尚未证实有关报道的真实性。',
    ]);
    // Each hedge's origin is the cue in the raw page.
    for (const h of a.hedges) expect(PAGE.slice(h.origin.start, h.origin.end)).toBe(h.cue);
    expect(a.hedges.map((h) => h.cue)).toEqual(['据悉', '外界猜测', '可能', '尚未证实']);
    // The half-width comma became full-width: the sentence's origin still covers the raw text.
    expect(PAGE.slice(a.sentences[0]!.origin.start, a.sentences[0]!.origin.end)).toBe(
      '据悉,双方将于下周举行新一轮会谈。',
    );
    expect(a.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(['title', 'byline', 'editor']));
    expect(a.language).toBe('cmn');
    expect(a.script).toBe('simplified');
    expect(a.hedgeProfile).toMatchObject({ sentences: 3, hedgedSentences: 3, ratio: 1 });
  });

  it.each<[string, Parameters<typeof normalizeArticle>[1], (a: Article) => void]>([
    [
      'boilerplate: false keeps every line',
      { boilerplate: false },
      (a) => {
        expect(a.text).toContain('责任编辑');
        expect(a.removed).toEqual([]);
      },
    ],
    [
      'boilerplate options pass through (keep editor lines)',
      { boilerplate: { keep: ['editor'] } },
      (a) => expect(a.text).toContain('责任编辑：李明'),
    ],
    [
      'normalize: false leaves characters as they are',
      { normalize: false },
      (a) => expect(a.text).toContain('据悉,双方'),
    ],
    [
      'normalize options pass through (punctuation rule off)',
      { normalize: { punctuation: false } },
      (a) => expect(a.text).toContain('据悉,双方'),
    ],
    ['hedges: false finds none', { hedges: false }, (a) => expect(a.hedges).toEqual([])],
    [
      'hedge options pass through (categories)',
      { hedges: { categories: ['unconfirmed'] } },
      (a) => expect(a.hedges.map((h) => h.cue)).toEqual(['尚未证实']),
    ],
    ['language: false skips detection', { language: false }, (a) => expect(a.language).toBe('und')],
    [
      'language options pass through to detectLanguage',
      { language: { ignore: ['cmn'] } },
      (a) => expect(a.language).not.toBe('cmn'),
    ],
    [
      'convert to tw converts the text, the cues and the sentences',
      { convert: { to: 'tw' } },
      (a) => {
        expect(a.text.startsWith('據悉，雙方將於下週舉行新一輪會談。')).toBe(true);
        expect(a.hedges.map((h) => h.cue)).toEqual(['據悉', '外界猜測', '可能', '尚未證實']);
        expect(a.script).toBe('traditional');
      },
    ],
  ])('%s', (_name, options, check) => {
    const a = normalizeArticle(PAGE, options);
    expectConsistent(PAGE, a);
    check(a);
  });

  it('maps origins through conversion: a converted cue points at the Simplified cue in the input', () => {
    const a = normalizeArticle(PAGE, { convert: { to: 'hk' } });
    expect(a.hedges.map((h) => PAGE.slice(h.origin.start, h.origin.end))).toEqual([
      '据悉',
      '外界猜测',
      '可能',
      '尚未证实',
    ]);
  });

  it('is consistent on the real scraped page', () => {
    const a = normalizeArticle(fixture);
    expectConsistent(fixture, a);
    expect(a.hedges.map((h) => h.cue)).toEqual(expect.arrayContaining(['据悉', '外界猜测', '不排除']));
    expect(a.text).not.toContain('随机主题');
  });

  it('keeps every invariant through conversions that change lengths (twp, hk, cn)', () => {
    // Phrases OpenCC rewrites with a different length in Taiwan usage (鼠标 → 滑鼠, 软件 → 軟體).
    const zh = fc.constantFrom(
      '鼠标',
      '软件',
      '据悉，',
      '可能',
      '信息',
      '。',
      '\n\n',
      '網路',
      '内存',
      '打印机',
      '据报道',
    );
    fc.assert(
      fc.property(
        fc.array(zh, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.constantFrom('twp', 'hk', 'cn') as fc.Arbitrary<'twp' | 'hk' | 'cn'>,
        (s, to) => expectConsistent(s, normalizeArticle(s, { convert: { to } })),
      ),
      { numRuns: 150 },
    );
  });

  it('never throws and keeps every invariant on any string', () => {
    const zh = fc.constantFrom(...'据悉,。可能不排除金正恩\n 　１２abc“”《》尚未证实责任编辑：'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: zh, maxLength: 80 })),
        (s) => expectConsistent(s, normalizeArticle(s)),
      ),
      { numRuns: 200 },
    );
  });

  it.each([[undefined], [null], [42], [{}]])('throws a TypeError naming text for %j', (value) => {
    expect(() => normalizeArticle(value as unknown as string)).toThrow(
      /normalizeArticle: expected text to be a string/,
    );
  });

  it('throws a TypeError for options that are not an object', () => {
    expect(() => normalizeArticle('x', 'tw' as never)).toThrow(/normalizeArticle: expected options/);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({
      convert: Object.freeze({ to: 'tw' as const }),
      hedges: Object.freeze({}),
    });
    expect(() => normalizeArticle(PAGE, options)).not.toThrow();
  });
});

// The pipeline builds its hedges field by field (ADR 0059) and detects them with the sentences it
// split: every field of detectHedges must still come through, with the same values.
describe('normalizeArticle hedges', () => {
  const strip = (a: Article) =>
    a.hedges.map(({ origin: _, sentence, ...h }) => ({
      ...h,
      sentence: { start: sentence.start, end: sentence.end },
    }));

  it('are detectHedges on Article.text, plus origins', () => {
    const zh = fc.constantFrom(
      '据悉',
      '据俄罗斯媒体报道',
      '外界猜测',
      '可能',
      '不可能',
      '尚未证实',
      '，',
      '。',
      '\n',
      '\n\n',
      'abc',
    );
    const pages = fc.oneof(
      fc.constant(fixture),
      fc.constant(PAGE),
      fc.array(zh, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(pages, fc.constantFrom(undefined, { boilerplate: false as const }), (page, o) => {
        const a = normalizeArticle(page, o);
        expect(strip(a)).toEqual(detectHedges(a.text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalizeArticle stats', () => {
  it.each([
    ['据悉，双方会谈。', 6],
    // An Extension B character is one character (two UTF-16 units).
    ['𠀀𠀁好。abc', 3],
    ['no Chinese here.', 0],
  ])('%j has %i Han characters', (input, expected) => {
    expect(normalizeArticle(input, { boilerplate: false }).stats.hanCharacters).toBe(expected);
  });

  // The count comes from detectScript's three counts (ADR 0058): it must stay the number of
  // \p{Script=Han} code points of Article.text, before and after conversion.
  it('counts the \\p{Script=Han} code points of the text', () => {
    const zh = fc.constantFrom(...'据悉發展〇々⺀㐀鿿豈𠀀𪛖,。abc　\n'.split(/(?:)/u), '\uD800');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: zh, maxLength: 60 })),
        fc.boolean(),
        (input, convert) => {
          const a = normalizeArticle(input, {
            boilerplate: false,
            ...(convert ? { convert: { to: 'tw' } } : {}),
          });
          expect(a.stats.hanCharacters).toBe(a.text.match(/\p{Script=Han}/gu)?.length ?? 0);
        },
      ),
    );
  });
});

describe('normalizeArticle language sample', () => {
  // A body that starts in English and goes on in Chinese: the default sample reads the start only.
  const english = 'The two sides will hold a new round of talks next week, officials said on Monday. '.repeat(
    14,
  );
  const chinese = '据悉，双方将于下周举行新一轮会谈，外界猜测会谈可能涉及贸易问题。'.repeat(40);

  it.each([
    [undefined, 'eng'],
    [{ sampleLength: 0 }, 'und'],
  ])('reads the first part of the body (%j → %s)', (language, expected) => {
    const a = normalizeArticle(`${english}\n\n${chinese}`, { boilerplate: false, language });
    expect(a.language).toBe(expected);
  });

  it('reads the Chinese body as cmn, and never cuts a surrogate pair', () => {
    expect(normalizeArticle(chinese, { boilerplate: false }).language).toBe('cmn');
    expect(() => normalizeArticle('𠀀𠀁𠀂', { language: { sampleLength: 1 } })).not.toThrow();
  });
});
