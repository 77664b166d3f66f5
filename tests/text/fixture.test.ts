import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextWithMap } from '../../src/index.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const raw = read('scraped-article-414w.txt');
// Reviewed by hand: every half-width comma, colon, `!`, `?` and parenthesis in the Chinese text
// became full-width; `沃尔沃EX30, 410公里` keeps its comma (between a Latin word and a number);
// `70-200`, `20.08`, `16:22:30` and the URL are untouched; the double space in the byline became one.
const expected = read('scraped-article-414w.normalized.txt');

describe('normalizeText on the real scraped page', () => {
  it('gives the reviewed output', () => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('leaves no half-width comma between two Chinese characters', () => {
    expect(normalizeText(raw)).not.toMatch(/\p{Script=Han},\s*\p{Script=Han}/u);
  });

  it('maps every sentence of the output back to the same words in the input', () => {
    const { text, map } = normalizeTextWithMap(raw);
    for (const needle of [
      '据悉，金琴哲是朝鲜著名退役将领',
      '外界猜测，朝方可能会向俄方提起此事',
      '最新回复（2）',
    ]) {
      const start = text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      const span = map.spanToSource({ start, end: start + needle.length });
      const original = raw.slice(span.start, span.end);
      // Same characters once punctuation width is ignored.
      expect(original.replace(/[,，]/g, '，').replace(/[(（]/g, '（').replace(/[)）]/g, '）')).toBe(needle);
    }
  });
});
