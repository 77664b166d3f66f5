import { describe, expect, it } from 'vitest';
import { detectHedges, HEDGE_LEXICON, hedgeProfile, type LexiconOptions } from '../../src/index.js';

describe('detectHedges arguments', () => {
  it.each([[undefined], [null], [42], [{}], [['据悉']]])(
    'throws a TypeError naming the function on %j',
    (value) => {
      expect(() => detectHedges(value as unknown as string)).toThrow(TypeError);
      expect(() => detectHedges(value as unknown as string)).toThrow(
        /detectHedges: expected text to be a string/,
      );
      expect(() => hedgeProfile(value as unknown as string)).toThrow(
        /hedgeProfile: expected text to be a string/,
      );
    },
  );

  it.each([[null], ['x'], [[1]]])('throws a TypeError on options %j', (options) => {
    expect(() => detectHedges('据悉', options as never)).toThrow(TypeError);
  });

  it('rejects lexicon entries without a cue or a known category', () => {
    const lexicon = { add: [{ cue: '听人讲', category: 'gossip' }] } as unknown as LexiconOptions;
    expect(() => detectHedges('听人讲', { lexicon })).toThrow(TypeError);
  });

  it.each([
    [{ add: [{ cue: 'x', category: 'speculation', frame: '{nosuchslot}说' }] }],
    [{ add: [{ cue: '听人讲', category: 'attribution', cancelContexts: ['没有…说'] }] }],
    [{ add: [{ cue: 'x', category: 'speculation', frame: '(' }] }],
  ])('throws a TypeError on an invalid custom lexicon %#', (lexicon) => {
    expect(() => detectHedges('听人讲', { lexicon: lexicon as unknown as LexiconOptions })).toThrow(
      /detectHedges: invalid options.lexicon/,
    );
  });

  it('returns nothing for an empty string or text without hedges', () => {
    expect(detectHedges('')).toEqual([]);
    expect(detectHedges('今天天气晴朗。')).toEqual([]);
  });
});

describe('detectHedges options', () => {
  it('keeps only the requested categories', () => {
    const text = '据悉，他可能已经离开，原因尚不清楚。';
    expect(detectHedges(text, { categories: ['speculation'] }).map((h) => h.cue)).toEqual(['可能']);
    expect(detectHedges(text, { categories: ['attribution', 'unconfirmed'] }).map((h) => h.cue)).toEqual([
      '据悉',
      '尚不清楚',
    ]);
  });

  it('adds cues, with their cancelling contexts', () => {
    const lexicon: LexiconOptions = {
      add: [{ cue: '听人讲', category: 'attribution', cancelBefore: ['没'] }],
    };
    expect(
      detectHedges('听人讲，他要走了。', { lexicon }).map((h) => [h.cue, h.category, h.anonymous]),
    ).toEqual([['听人讲', 'attribution', true]]);
    expect(detectHedges('我没听人讲过。', { lexicon })).toEqual([]);
    expect(detectHedges('听人讲，他要走了。')).toEqual([]);
  });

  it('adds frames with a {source} slot', () => {
    const lexicon: LexiconOptions = {
      add: [{ cue: '{source}爆出', frame: '{source}爆出', category: 'attribution' }],
    };
    expect(detectHedges('有网友爆出，该店使用过期食材。', { lexicon })).toMatchObject([
      { cue: '有网友爆出', source: '有网友', anonymous: true },
    ]);
  });

  it('removes built-in cues by their cue or frame name', () => {
    const lexicon: LexiconOptions = { remove: ['可能', '{source}表示'] };
    const text = '多家俄媒表示，他可能已经离开。据悉，事情仍在调查中。';
    expect(detectHedges(text, { lexicon }).map((h) => h.cue)).toEqual(['据悉', '仍在调查中']);
    expect(detectHedges(text).map((h) => h.cue)).toEqual(['多家俄媒表示', '可能', '据悉', '仍在调查中']);
  });

  it('replaces a built-in entry by adding one with the same cue', () => {
    const lexicon: LexiconOptions = { add: [{ cue: '可能', category: 'speculation' }] };
    expect(detectHedges('两国不可能复交。', { lexicon }).map((h) => h.cue)).toEqual(['可能']);
    expect(detectHedges('两国不可能复交。')).toEqual([]);
  });

  it('matches added cues with characters outside the BMP, alone and inside a longer cue', () => {
    // 𨋢 (Cantonese "lift") is one code point and two UTF-16 code units.
    const lexicon: LexiconOptions = {
      add: [
        { cue: '𨋢', category: 'speculation' },
        { cue: '𨋢𨋢', category: 'speculation' },
      ],
    };
    expect(detectHedges('𨋢壞了，𨋢𨋢都停。', { lexicon }).map((h) => [h.cue, h.start])).toEqual([
      ['𨋢', 0],
      ['𨋢𨋢', 5],
    ]);
  });

  it('gives the same answer on repeated calls with the same lexicon object (compiled once, cached)', () => {
    const lexicon: LexiconOptions = { remove: ['据悉'] };
    const a = detectHedges('据悉，他可能来。', { lexicon });
    const b = detectHedges('据悉，他可能来。', { lexicon });
    expect(a).toEqual(b);
    expect(a.map((h) => h.cue)).toEqual(['可能']);
  });
});

describe('the built-in lexicon', () => {
  it('has 150+ entries with unique cues', () => {
    expect(HEDGE_LEXICON.length).toBeGreaterThanOrEqual(150);
    expect(new Set(HEDGE_LEXICON.map((e) => e.cue)).size).toBe(HEDGE_LEXICON.length);
  });

  it('covers all three categories in both scripts', () => {
    const cues = new Set(HEDGE_LEXICON.map((e) => e.cue));
    for (const c of [
      '据悉',
      '據悉',
      '据报道',
      '據報導',
      '據報',
      '被指',
      '不排除',
      '有機會',
      '尚未证实',
      '尚未證實',
      '仍在調查中',
    ]) {
      expect(cues.has(c), c).toBe(true);
    }
  });

  it('detects every literal cue on its own, in a neutral sentence', () => {
    for (const entry of HEDGE_LEXICON) {
      if (entry.frame || entry.requireAfter || entry.requireBefore) continue;
      const text = `。${entry.cue}某事。`;
      const found = detectHedges(text).map((h) => h.cue);
      expect(found, entry.cue).toContain(entry.cue);
    }
  });

  it('detects 相信 only after an institution or opening a clause with no speaker before it', () => {
    for (const before of ['警方', '當局', '调查人员', '初步', '。', '，但']) {
      expect(
        detectHedges(`某事${before}相信疑犯已逃離。`).map((h) => h.cue),
        before,
      ).toContain('相信');
    }
    for (const before of ['我', '他', '大家都', '他表示，', '她指，', '有信仰支持，']) {
      expect(detectHedges(`${before}相信疑犯已逃離。`), before).toEqual([]);
    }
  });

  it('honours requireBefore in a custom lexicon entry', () => {
    const lexicon = { add: [{ cue: '据说', category: 'attribution' as const, requireBefore: ['听'] }] };
    expect(detectHedges('听据说他走了。', { lexicon }).map((h) => h.cue)).toEqual(['据说']);
    expect(detectHedges('据说他走了。', { lexicon })).toEqual([]);
  });
});

describe('hedgeProfile', () => {
  it('counts hedged sentences, categories and sources', () => {
    const text = '据外媒报道，他已离开。外媒称，他可能回国。会议照常举行。';
    expect(hedgeProfile(text)).toEqual({
      sentences: 3,
      hedgedSentences: 2,
      ratio: 2 / 3,
      byCategory: { attribution: 2, speculation: 1, unconfirmed: 0 },
      sources: [{ source: '外媒', count: 2 }],
    });
  });

  it('returns zeros for an empty text', () => {
    expect(hedgeProfile('')).toEqual({
      sentences: 0,
      hedgedSentences: 0,
      ratio: 0,
      byCategory: { attribution: 0, speculation: 0, unconfirmed: 0 },
      sources: [],
    });
  });
});
