import { describe, expect, it } from 'vitest';
import { type RenderableArticle, renderArticle, selectPart } from '../../src/cli/render.js';

const article: RenderableArticle = {
  text: '据悉，他已离开。\n\n会议\t照常举行。',
  sentences: [{ text: '据悉，他已离开。' }, { text: '会议\t照常举行。' }],
  hedges: [
    { cue: '据悉', category: 'attribution', sentence: { start: 0, end: 8 } },
    { cue: '外媒称', category: 'attribution', source: '外媒', sentence: { start: 10, end: 18 } },
  ],
  metadata: { title: '标题\n第二行', views: 12, author: undefined, published: { year: 2024 } },
};

describe('renderArticle', () => {
  it.each([
    ['text', undefined, '据悉，他已离开。\n\n会议\t照常举行。\n'],
    ['text', 'body', '据悉，他已离开。\n\n会议\t照常举行。\n'],
    // One record per line: tabs and line breaks inside a record become spaces.
    ['text', 'sentences', '据悉，他已离开。\n会议 照常举行。\n'],
    ['text', 'hedges', 'attribution\t据悉\t\t据悉，他已离开。\nattribution\t外媒称\t外媒\t会议 照常举行。\n'],
    // Absent fields are left out; non-string values are JSON.
    ['text', 'metadata', 'title: 标题 第二行\nviews: 12\npublished: {"year":2024}\n'],
    ['json', 'body', '"据悉，他已离开。\\n\\n会议\\t照常举行。"\n'],
    [
      'jsonl',
      'sentences',
      '{"file":"a.txt","zh":[{"text":"据悉，他已离开。"},{"text":"会议\\t照常举行。"}]}\n',
    ],
  ] as const)('%s --only %s', (format, only, expected) => {
    expect(renderArticle(article, format, only, 'a.txt', 'zh')).toBe(expected);
  });

  it('prints nothing for an empty list', () => {
    expect(renderArticle({ ...article, hedges: [] }, 'text', 'hedges', 'a.txt', 'zh')).toBe('');
  });

  it('selects the whole article when no part is asked for', () => {
    expect(selectPart(article, undefined)).toBe(article);
    expect(selectPart(article, 'metadata')).toBe(article.metadata);
  });
});
