import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHedges, hedgeProfile } from '../../src/hedges/index.js';
import { splitSentences } from '../../src/sentences/index.js';

// Strings built from cue fragments, punctuation and noise, so that properties meet real hits and
// near-misses, not only random code points.
const fragments = fc.constantFrom(
  '据悉',
  '据',
  '可能',
  '不',
  '尽',
  '俄罗斯',
  '媒体',
  '报道',
  '多家',
  '俄媒',
  '表示',
  '还没有得到',
  '确认',
  '，',
  '。',
  ',',
  '\n',
  '\n\n',
  ' ',
  '传言',
  '宣',
  '或将',
  '據報導',
  '有機會',
  '外界猜测',
  '在',
  '看来',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\r\n',
  '\u2028',
  '“',
  '”',
  '！',
  '……',
  '《',
  '》',
  'abc',
  '好像',
  '一样',
  '消息人士',
  '指出',
  '不排除',
  '可能性',
);
const newsish = fc
  .array(fc.oneof(fragments, fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((a) => a.join(''));
const anyText = fc.oneof(
  newsish,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe('detectHedges properties', () => {
  it('never throws, and every hedge lies inside the input and inside its sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const hedges = detectHedges(text);
        const sentences = new Set(splitSentences(text).map((s) => `${s.start}:${s.end}`));
        let last = 0;
        for (const h of hedges) {
          expect(h.cue).toBe(text.slice(h.start, h.end));
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.sentence.start).toBeLessThanOrEqual(h.start);
          expect(h.end).toBeLessThanOrEqual(h.sentence.end);
          if (h.source !== undefined) expect(h.cue).toContain(h.source);
          // The sentence is one that splitSentences gives for the whole text.
          expect(sentences.has(`${h.sentence.start}:${h.sentence.end}`)).toBe(true);
          last = h.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same cues in a sentence whatever text surrounds it in other paragraphs', () => {
    fc.assert(
      fc.property(newsish, newsish, (before, after) => {
        const sentence = '据悉，该官员可能已经离开。';
        const text = `${before}\n\n${sentence}\n\n${after}`;
        const offset = before.length + 2;
        const inside = detectHedges(text)
          .filter((h) => h.start >= offset && h.end <= offset + sentence.length)
          .map((h) => [h.cue, h.start - offset]);
        expect(inside).toEqual([
          ['据悉', 0],
          ['可能', 6],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('hedgeProfile never throws and its counts agree with detectHedges', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const p = hedgeProfile(text);
        const hedges = detectHedges(text);
        expect(p.byCategory.attribution + p.byCategory.speculation + p.byCategory.unconfirmed).toBe(
          hedges.length,
        );
        expect(p.hedgedSentences).toBeLessThanOrEqual(p.sentences);
        expect(p.ratio).toBeGreaterThanOrEqual(0);
        expect(p.ratio).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ categories: Object.freeze(['speculation'] as const) });
    expect(() => detectHedges('可能', options)).not.toThrow();
  });
});
