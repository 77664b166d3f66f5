import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectHedges, hedgeProfile } from '../../src/hedges/index.js';
import { splitSentences } from '../../src/sentences/index.js';

const text = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

describe('detectHedges on the scraped 414w article', () => {
  const hedges = detectHedges(text);

  it('finds exactly the hedges of the article, in order, with categories and sources', () => {
    expect(hedges.map((h) => [h.cue, h.category, h.source ?? null])).toEqual([
      ['似乎', 'speculation', null],
      ['据悉', 'attribution', null],
      ['据俄罗斯媒体报道', 'attribution', '俄罗斯媒体'],
      ['还没有得到俄朝双方确认', 'unconfirmed', null],
      ['多家俄媒表示', 'attribution', '多家俄媒'],
      ['可能', 'speculation', null],
      ['可能', 'speculation', null],
      ['不排除', 'speculation', null],
      ['外界猜测', 'speculation', '外界'],
      ['可能', 'speculation', null],
      ['不少外媒表示', 'attribution', '不少外媒'],
      ['韩媒爆料', 'attribution', '韩媒'],
      ['还没有得到朝鲜方面的正面回应', 'unconfirmed', null],
      ['可能', 'speculation', null],
      ['可能', 'speculation', null],
    ]);
  });

  it('marks every attribution anonymous', () => {
    for (const h of hedges.filter((x) => x.category === 'attribution')) expect(h.anonymous).toBe(true);
  });

  it('finds nothing in the statements attributed to named officials', () => {
    const statement = text.indexOf('金正恩表示');
    const end = text.indexOf('。', statement);
    expect(statement).toBeGreaterThan(0);
    expect(hedges.filter((h) => h.start < end && h.end > statement)).toEqual([]);
  });

  it('gives each hedge the span of its sentence from splitSentences', () => {
    const sentences = splitSentences(text);
    for (const h of hedges) {
      expect(h.cue).toBe(text.slice(h.start, h.end));
      expect(sentences).toContainEqual(expect.objectContaining(h.sentence));
      expect(h.sentence.start).toBeLessThanOrEqual(h.start);
      expect(h.end).toBeLessThanOrEqual(h.sentence.end);
    }
    const first = hedges.find((h) => h.cue === '据悉')!;
    expect(text.slice(first.sentence.start, first.sentence.end)).toBe(
      '据悉,金琴哲是朝鲜著名退役将领,野战军出身,在今年5月,才刚刚担任这所朝鲜军官学校的校长。',
    );
  });

  it('summarises the article with hedgeProfile', () => {
    const profile = hedgeProfile(text);
    expect(profile.byCategory).toEqual({ attribution: 5, speculation: 8, unconfirmed: 2 });
    expect(profile.hedgedSentences).toBe(new Set(hedges.map((h) => h.sentence.start)).size);
    expect(profile.sentences).toBe(splitSentences(text).length);
    expect(profile.ratio).toBeCloseTo(profile.hedgedSentences / profile.sentences, 10);
    expect(profile.sources.map((s) => s.source).sort()).toEqual(
      ['不少外媒', '俄罗斯媒体', '多家俄媒', '外界', '韩媒'].sort(),
    );
  });
});
