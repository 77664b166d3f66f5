/**
 * Turns an article into what the CLI prints: the whole article or one part of it (`--only`), as
 * text, pretty JSON or one JSON line. Pure; runs in the worker threads.
 */
import type { Span } from '../span.js';

/** What `--only` selects. */
export const ONLY_PARTS = ['body', 'sentences', 'hedges', 'metadata'] as const;
export type OnlyPart = (typeof ONLY_PARTS)[number];

/** What `--format` accepts. */
export const FORMATS = ['text', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** The parts of an article the CLI prints (structural, so that rendering needs no stage types). */
export interface RenderableArticle {
  text: string;
  sentences: readonly { text: string }[];
  hedges: readonly { cue: string; category: string; source?: string; sentence: Span }[];
  metadata: object;
}

/** The article itself, or the part `only` selects, as a JSON-serialisable value. */
export function selectPart(article: RenderableArticle, only: OnlyPart | undefined): unknown {
  switch (only) {
    case 'body':
      return article.text;
    case 'sentences':
      return article.sentences;
    case 'hedges':
      return article.hedges;
    case 'metadata':
      return article.metadata;
    default:
      return article;
  }
}

/**
 * Renders one input's result. `text`: the body, or one sentence per line, or one hedge per line
 * as tab-separated `category cue source sentence`, or `key: value` metadata lines. `json`: the
 * selected value, pretty-printed. `jsonl`: one line `{ file, [into]: value }`.
 * The result always ends with a line break.
 */
export function renderArticle(
  article: RenderableArticle,
  format: Format,
  only: OnlyPart | undefined,
  file: string,
  into: string,
): string {
  if (format === 'json') return `${JSON.stringify(selectPart(article, only), null, 2)}\n`;
  if (format === 'jsonl') return `${JSON.stringify({ file, [into]: selectPart(article, only) })}\n`;
  switch (only) {
    case 'sentences':
      return linesOf(article.sentences.map((s) => oneLine(s.text)));
    case 'hedges':
      return linesOf(
        article.hedges.map((h) =>
          [
            h.category,
            h.cue,
            h.source ?? '',
            oneLine(article.text.slice(h.sentence.start, h.sentence.end)),
          ].join('\t'),
        ),
      );
    case 'metadata':
      return linesOf(
        Object.entries(article.metadata)
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => `${k}: ${typeof v === 'string' ? oneLine(v) : JSON.stringify(v)}`),
      );
    default:
      return article.text.endsWith('\n') ? article.text : `${article.text}\n`;
  }
}

function linesOf(lines: string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

// One record per line: line breaks and tabs inside a sentence would break the line format.
function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}
