/** The real scraped page the project started from, end to end. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/index.js';

const page = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');
const sentences = splitSentences(page);
const texts = sentences.map((s) => s.text);

describe('splitSentences on scraped-article-414w.txt', () => {
  it('gives exact, ordered offsets', () => {
    let last = 0;
    for (const s of sentences) {
      expect(page.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });

  it('keeps the headline, byline and caption lines as their own sentences', () => {
    expect(texts[0]).toBe('金正恩接见俄高官, 坚定支持普京决策, 给出了中国都不会给的承诺');
    expect(texts[1]).toBe('琨君说2024-07-19 16:22:30\u00a0 136');
    expect(texts).toContain('金正恩会见俄罗斯军事代表团');
    expect(texts).toContain('金琴哲率团出访俄罗斯');
    expect(texts).toContain('俄朝两国签署《全面战略伙伴关系条约》');
  });

  it('splits body paragraphs at 。 and keeps closing quotes with their sentence', () => {
    expect(texts).toContain(
      '日前,朝鲜最高领导人金正恩,接见了来访的俄罗斯军事代表团,并且在俄乌冲突问题上,公开力挺俄罗斯。',
    );
    expect(texts).toContain('巧合的是,俄朝互相支持之际,入俄支援的朝鲜代表团发生了“意外”。');
    expect(texts).toContain(
      '据悉,金琴哲是朝鲜著名退役将领,野战军出身,在今年5月,才刚刚担任这所朝鲜军官学校的校长。',
    );
    expect(texts).toContain('第二天,该官员的遗体漂浮在水面上。');
    expect(texts).toContain(
      '尽管目前该名朝鲜官员的身份,还没有得到俄朝双方确认,但是多家俄媒表示,死者身形、年龄与金琴哲吻合。',
    );
  });

  it('keeps the source URL whole and cuts the 574-character headline line at maxLength', () => {
    expect(texts).toContain('https://www.414w.com/read/921782.html');
    expect(texts).toContain('最新回复(2)');
    expect(texts).toContain('转载此文是出于传递更多信息目的。');
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(512);
  });

  it('every sentence ends with a mark or at a line end', () => {
    for (const s of sentences) {
      const after = page.slice(s.end, s.end + 1);
      expect(/[。！？!?.…”’」』）)\]》]$/.test(s.text) || after === '' || /\s/.test(after)).toBe(true);
    }
  });
});

describe('splitSentences on the fixture converted to Traditional', () => {
  it('finds the same boundaries with Taiwan characters and 「」 quotes', async () => {
    // Character-for-character conversion (no phrase tables), so offsets line up with the original.
    const { Converter } = await import('opencc-js');
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const quotes: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
    const traditional = toTraditional(page).replace(/[“”‘’]/g, (c) => quotes[c]!);
    expect(traditional.length).toBe(page.length);
    expect(traditional).not.toBe(page);
    const got = splitSentences(traditional).map((s) => [s.start, s.end]);
    expect(got).toEqual(sentences.map((s) => [s.start, s.end]));
  });
});
