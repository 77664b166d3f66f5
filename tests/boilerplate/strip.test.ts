import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata, type Kind, type Removal, stripBoilerplate } from '../../src/index.js';

const fixture = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

/** Asserts the span invariants: exact slices, in order, covering every non-whitespace char once. */
function assertPartition(input: string, r: ReturnType<typeof stripBoilerplate>): void {
  const cover = new Uint8Array(input.length);
  const spans = [...r.paragraphs, ...r.removed];
  for (const s of spans) {
    expect(s.text).toBe(input.slice(s.start, s.end));
    for (let i = s.start; i < s.end; i++) cover[i]!++;
  }
  for (let i = 0; i < input.length; i++) {
    if (/\s/.test(input[i]!)) expect(cover[i]).toBeLessThanOrEqual(1);
    else expect(cover[i], `char ${i} ${JSON.stringify(input[i])}`).toBe(1);
  }
  for (let i = 1; i < r.paragraphs.length; i++)
    expect(r.paragraphs[i]!.start).toBeGreaterThanOrEqual(r.paragraphs[i - 1]!.end);
  expect(r.text).toBe(r.paragraphs.map((p) => p.text).join('\n\n'));
}

describe('stripBoilerplate on the real fixture (input shape a)', () => {
  const lines = fixture.split('\n').map((l) => l.trim());
  const paragraphs = lines.filter(
    (l, i) => i >= 4 && i <= 46 && l.length > 0 && ![6, 18, 26, 36].includes(i),
  );
  const shortLines = [lines[6], lines[18], lines[26], lines[36]];
  // caption.isolated is off by default (ADR 0012): the four short lines between paragraphs
  // (captions in this article, subheadings on most real pages) are kept unless it is enabled.
  const strict = stripBoilerplate(fixture, { rules: { enable: ['caption.isolated'] } });
  const r = stripBoilerplate(fixture);

  it('with caption.isolated enabled, keeps exactly the article paragraphs', () => {
    expect(strict.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(strict.paragraphs).toHaveLength(18);
  });

  it('by default, keeps the article paragraphs and the four short lines between them', () => {
    const kept = r.paragraphs.map((p) => p.text);
    expect(kept.filter((t) => !shortLines.includes(t))).toEqual(paragraphs);
    expect(kept.filter((t) => shortLines.includes(t))).toEqual(shortLines);
    expect(kept).toHaveLength(22);
  });

  it('names what it removed and why', () => {
    const got = strict.removed.map((x: Removal) => [x.kind, x.rule, x.text.slice(0, 8)]);
    expect(got).toEqual([
      ['title', 'title.headline', '金正恩接见俄高官'],
      ['byline', 'byline.datetime', '琨君说2024-'],
      ['caption', 'caption.isolated', '金正恩会见俄罗斯'],
      ['caption', 'caption.isolated', '金琴哲率团出访俄'],
      ['caption', 'caption.isolated', '俄朝两国签署《全'],
      ['caption', 'caption.isolated', '美韩签署联合核威'],
      ['disclaimer', 'disclaimer.rights', '转载此文是出于传'],
      ['url', 'noise.url', 'https://'],
      ['noise', 'noise.number', '0'],
      ['related', 'related.heading', '随机主题'],
      ['related', 'related.glued-headlines', '后续600元买的'],
      ['comments', 'comments.counter', '最新回复(2)'],
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual(
      strict.removed.map((x) => x.rule).filter((rule) => rule !== 'caption.isolated'),
    );
  });

  it('reads the metadata', () => {
    expect(r.metadata).toMatchObject({
      title: '金正恩接见俄高官, 坚定支持普京决策, 给出了中国都不会给的承诺',
      author: '琨君说',
      publishedAt: '2024-07-19T16:22:30+08:00',
      views: 136,
      sourceUrl: 'https://www.414w.com/read/921782.html',
    });
    expect(extractMetadata(fixture)).toEqual(r.metadata);
  });

  it('partitions the input and is idempotent', () => {
    for (const x of [r, strict]) {
      assertPartition(fixture, x);
      expect(stripBoilerplate(x.text).removed).toEqual([]);
      expect(stripBoilerplate(x.text).text).toBe(x.text);
    }
    const again = stripBoilerplate(strict.text, { rules: { enable: ['caption.isolated'] } });
    expect(again.removed).toEqual([]);
  });

  it('keeps a kind when asked', () => {
    const k = stripBoilerplate(fixture, {
      keep: ['caption', 'title'],
      rules: { enable: ['caption.isolated'] },
    });
    expect(k.paragraphs).toHaveLength(23);
    expect(k.removed.some((x) => x.kind === 'caption' || x.kind === 'title')).toBe(false);
  });

  it('disables a rule by name', () => {
    const k = stripBoilerplate(fixture, { rules: { disable: ['disclaimer.rights'] } });
    expect(k.removed.some((x) => x.rule === 'disclaimer.rights')).toBe(false);
    expect(k.paragraphs.at(-1)?.text.startsWith('转载此文')).toBe(true);
  });

  it('adds a pattern with a kind', () => {
    const k = stripBoilerplate(fixture, {
      rules: { add: [{ name: 'site.aside', kind: 'advertisement', pattern: /^目前,具体情况/ }] },
    });
    expect(k.removed.find((x) => x.rule === 'site.aside')?.kind).toBe('advertisement');
  });
});

describe('arguments', () => {
  it('throws TypeError on non-string input', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => stripBoilerplate(bad as unknown as string)).toThrow(TypeError);
      expect(() => extractMetadata(bad as unknown as string)).toThrow(TypeError);
    }
  });
  it('validates options', () => {
    expect(() => stripBoilerplate('x', null as never)).toThrow(TypeError);
    expect(() => stripBoilerplate('x', { keep: ['nope' as never] })).toThrow(RangeError);
    expect(() => stripBoilerplate('x', { timeZone: 'Asia/Shanghai' })).toThrow(RangeError);
  });
  it('handles empty and whitespace-only input', () => {
    expect(stripBoilerplate('')).toEqual({ text: '', paragraphs: [], removed: [], metadata: {} });
    expect(stripBoilerplate('\n\r\n \u3000\t\n').paragraphs).toEqual([]);
  });
  it('keeps a lone sentence (when in doubt, keep)', () => {
    expect(stripBoilerplate('今天天气很好。').text).toBe('今天天气很好。');
    expect(stripBoilerplate('你好').text).toBe('你好');
  });
});

// Lines that look like pieces of scraped pages, so that random documents exercise the rules.
const pieces = [
  '首页 | 新闻 | 国际 | 财经',
  '当前位置：首页 > 国际 > 正文',
  '琨君说2024-07-19 16:22:30  136',
  '日前,朝鲜最高领导人金正恩,接见了来访的俄罗斯军事代表团,并且在俄乌冲突问题上,公开力挺俄罗斯。',
  '该代表团在上周抵达平壤，开始对朝鲜的访问。双方就军事合作达成了一致。',
  '金正恩会见俄罗斯军事代表团',
  '责任编辑：李明',
  '（完）',
  '相关阅读',
  '分享到：',
  '评论(35)',
  '0',
  'https://example.com/a.html',
  'Copyright © 1998 - 2024 All Rights Reserved',
  '图为会场。',
  '一、总体要求',
  '',
  '　　',
  '&nbsp;',
  '转载此文是出于传递更多信息目的。',
];
const docArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...pieces) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.constantFrom('中', '文', '，', '。', ' ', '\u3000', '|', '>', '1', 'a', '\r', '：'),
          maxLength: 80,
        }),
      },
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((eol) => lines.join(eol)));

describe('properties', () => {
  it('never throws, partitions the input, and is idempotent', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const r = stripBoilerplate(doc);
        assertPartition(doc, r);
        const again = stripBoilerplate(r.text);
        expect(again.removed).toEqual([]);
        expect(again.text).toBe(r.text);
      }),
      { numRuns: 400 },
    );
  });
  it('is idempotent with caption.isolated enabled too', () => {
    const opts = { rules: { enable: ['caption.isolated'] } };
    fc.assert(
      fc.property(docArb, (doc) => {
        const r = stripBoilerplate(doc, opts);
        assertPartition(doc, r);
        expect(stripBoilerplate(r.text, opts).removed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = stripBoilerplate(s);
        assertPartition(s, r);
        expect(stripBoilerplate(r.text).removed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties on realistic pages', () => {
  // Lines of the labelled fixtures and the real fixture, recombined at random.
  const dir = new URL('../fixtures/boilerplate/', import.meta.url);
  const pool: string[] = fixture.split('\n');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const row of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      if (row.startsWith('#')) continue;
      pool.push(row.slice(row.indexOf('\t') + 1).replace(/\{\{\w+:([^}]*)\}\}/g, '$1'));
    }
  }
  const pageArb = fc
    .array(fc.constantFrom(...pool), { minLength: 1, maxLength: 60 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((eol) => lines.join(eol)));

  it.each([
    ['default', undefined],
    ['caption.isolated enabled', { rules: { enable: ['caption.isolated'] } }],
    ['keep captions and titles', { keep: ['caption', 'title'] as Kind[] }],
  ])('partition and idempotence (%s)', (_name, opts) => {
    fc.assert(
      fc.property(pageArb, (doc) => {
        const r = stripBoilerplate(doc, opts);
        assertPartition(doc, r);
        const again = stripBoilerplate(r.text, opts);
        expect(again.removed).toEqual([]);
        expect(again.text).toBe(r.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial lines (patterns must not backtrack; no timing asserted)', () => {
  const units = [
    ' ',
    ' > ',
    '| ',
    '1',
    '1 ',
    '+ ',
    'T + ',
    '首页 ',
    '评论 ',
    '（',
    '摄',
    '记者 ',
    '编辑：',
    '、',
    '/',
    '.',
    '2024-',
    '【1】',
  ];
  it.each(units)('unit %j repeated to each rule length', (u) => {
    for (const len of [30, 60, 90, 120, 300]) {
      for (const tail of ['', '。', '哈']) {
        const line = u.repeat(Math.ceil(len / u.length)).slice(0, len) + tail;
        const r = stripBoilerplate(`${line}\n${line}`);
        assertPartition(`${line}\n${line}`, r);
      }
    }
  });
});
