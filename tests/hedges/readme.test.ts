import { describe, expect, it } from 'vitest';
import { detectHedges, hedgeProfile } from '../../src/index.js';

// The examples of README.md, section Hedges and of the JSDoc, with their documented output.
describe('documented examples', () => {
  it('detectHedges on a Simplified attribution and speculation', () => {
    expect(detectHedges('据俄罗斯媒体报道，该官员可能已经离开。')).toEqual([
      {
        cue: '据俄罗斯媒体报道',
        category: 'attribution',
        start: 0,
        end: 8,
        sentence: { start: 0, end: 19 },
        source: '俄罗斯媒体',
        anonymous: true,
      },
      { cue: '可能', category: 'speculation', start: 12, end: 14, sentence: { start: 0, end: 19 } },
    ]);
  });

  it('detectHedges on Hong Kong style Traditional', () => {
    expect(
      detectHedges('據報導，颱風有機會在週末影響本港，起火原因仍在調查中。').map(
        (h) => `${h.cue}/${h.category}`,
      ),
    ).toEqual(['據報導/attribution', '有機會/speculation', '仍在調查中/unconfirmed']);
  });

  it('detectHedges ignores named sources, negation and 尽可能', () => {
    expect(detectHedges('据新华社报道，两国不可能在短期内复交。政府将尽可能协助灾民。')).toEqual([]);
  });

  it('detectHedges with a custom lexicon', () => {
    expect(
      detectHedges('听人讲，他可能要走了。', {
        lexicon: { add: [{ cue: '听人讲', category: 'attribution' }], remove: ['可能'] },
      }),
    ).toEqual([
      {
        cue: '听人讲',
        category: 'attribution',
        start: 0,
        end: 3,
        sentence: { start: 0, end: 11 },
        anonymous: true,
      },
    ]);
  });

  it('hedgeProfile', () => {
    expect(hedgeProfile('据外媒报道，他已离开。外媒称，他可能回国。会议照常举行。')).toEqual({
      sentences: 3,
      hedgedSentences: 2,
      ratio: 2 / 3,
      byCategory: { attribution: 2, speculation: 1, unconfirmed: 0 },
      sources: [{ source: '外媒', count: 2 }],
    });
    expect(hedgeProfile('据悉，他已离开。会议照常举行。')).toEqual({
      sentences: 2,
      hedgedSentences: 1,
      ratio: 0.5,
      byCategory: { attribution: 1, speculation: 0, unconfirmed: 0 },
      sources: [],
    });
  });
});
