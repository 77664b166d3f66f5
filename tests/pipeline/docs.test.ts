/**
 * The examples shown in README.md, section normalizeArticle, README.md, section Word segmentation and the JSDoc of
 * normalizeArticle and tokenize, so that the documentation cannot drift from the behaviour.
 */
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/pipeline/index.js';
import { tokenize } from '../../src/words/index.js';

const page =
  '外交部回应记者提问\n\n新华社记者2024-03-05 10:20:00  阅读 88\n\n' +
  '据悉,双方将于下周举行新一轮会谈。外界猜测,会谈可能涉及贸易问题。\n\n责任编辑：李明';

describe('README.md, section normalizeArticle', () => {
  it('normalizeArticle(page)', () => {
    const a = normalizeArticle(page);
    expect(a.title).toBe('外交部回应记者提问');
    expect(a.text).toBe('据悉，双方将于下周举行新一轮会谈。外界猜测，会谈可能涉及贸易问题。');
    expect(a.metadata).toMatchObject({
      title: '外交部回应记者提问',
      publishedAt: '2024-03-05T10:20:00+08:00',
      author: '新华社',
      editor: '李明',
    });
    expect(a.sentences).toEqual([
      { text: '据悉，双方将于下周举行新一轮会谈。', start: 0, end: 17, origin: { start: 44, end: 61 } },
      { text: '外界猜测，会谈可能涉及贸易问题。', start: 17, end: 33, origin: { start: 61, end: 77 } },
    ]);
    expect(a.hedges[0]).toEqual({
      cue: '据悉',
      category: 'attribution',
      start: 0,
      end: 2,
      anonymous: true,
      sentence: { start: 0, end: 17, origin: { start: 44, end: 61 } },
      origin: { start: 44, end: 46 },
    });
    expect(a.removed).toEqual([
      {
        kind: 'title',
        rule: 'title.headline',
        text: '外交部回应记者提问',
        start: 0,
        end: 0,
        origin: { start: 0, end: 9 },
      },
      {
        kind: 'byline',
        rule: 'byline.datetime',
        text: '新华社记者2024-03-05 10:20:00  阅读 88',
        start: 0,
        end: 0,
        origin: { start: 11, end: 42 },
      },
      {
        kind: 'editor',
        rule: 'editor.credit',
        text: '责任编辑：李明',
        start: 33,
        end: 33,
        origin: { start: 79, end: 86 },
      },
    ]);
    expect(a.hedgeProfile).toEqual({
      sentences: 2,
      hedgedSentences: 2,
      ratio: 1,
      byCategory: { attribution: 1, speculation: 2, unconfirmed: 0 },
      sources: [{ source: '外界', count: 1 }],
    });
    expect(a.stats).toEqual({
      inputLength: 86,
      textLength: 33,
      removedLength: 47,
      paragraphs: 1,
      sentences: 2,
      hedges: 3,
      hanCharacters: 29,
    });
  });

  it("normalizeArticle(page, { convert: { to: 'tw' } })", () => {
    const a = normalizeArticle(page, { convert: { to: 'tw' } });
    expect(a.text).toBe('據悉，雙方將於下週舉行新一輪會談。外界猜測，會談可能涉及貿易問題。');
    expect(a.hedges.map((h) => page.slice(h.origin.start, h.origin.end))).toEqual([
      '据悉',
      '外界猜测',
      '可能',
    ]);
  });
});

describe('README.md, section Word segmentation', () => {
  it('tokenize with segmentit', () => {
    expect(tokenize('金正恩接见俄高官，在 19 16 年')).toEqual([
      { text: '金正恩', start: 0, end: 3 },
      { text: '接见', start: 3, end: 5 },
      { text: '俄', start: 5, end: 6 },
      { text: '高官', start: 6, end: 8 },
      { text: '，', start: 8, end: 9 },
      { text: '在', start: 9, end: 10 },
      { text: '19', start: 11, end: 13 },
      { text: '16', start: 14, end: 16 },
      { text: '年', start: 17, end: 18 },
    ]);
  });

  it('tokenize with a function segmenter', () => {
    expect(tokenize('ab cd', { segmenter: (run) => [...run] }).map((t) => [t.text, t.start])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
      ['d', 4],
    ]);
  });
});
