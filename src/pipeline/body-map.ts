import { type OffsetMap, OffsetMapBuilder, type Span } from '../span.js';

/** The paragraph separator in the body text, as `stripBoilerplate` joins paragraphs. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Rebuilds the body text from the kept paragraphs as an order-preserving rewrite of the input, so
 * that it comes with an {@link OffsetMap} back to the input: each paragraph is copied, and what lies
 * between two paragraphs (removed lines, blank lines) is replaced by one blank line; what lies
 * before the first and after the last is deleted.
 *
 * @param input - the original input.
 * @param paragraphs - kept paragraphs, sorted, disjoint, each a span of `input`.
 * @returns the body text, its map from `input`, and each paragraph's span in the body text.
 */
export function buildBody(
  input: string,
  paragraphs: readonly Span[],
): { text: string; map: OffsetMap; paragraphs: Span[] } {
  const builder = new OffsetMapBuilder(input);
  const spans: Span[] = [];
  let length = 0;
  for (const [i, p] of paragraphs.entries()) {
    // A paragraph that overlaps the previous one (never expected) is clipped, so the map stays valid.
    const start = Math.max(p.start, builder.cursor);
    const end = Math.max(start, p.end);
    const separator = i === 0 ? '' : PARAGRAPH_SEPARATOR;
    builder.replace(start, separator);
    length += separator.length;
    builder.copyTo(end);
    spans.push({ start: length, end: length + (end - start) });
    length += end - start;
  }
  builder.replace(input.length, '');
  const { text, map } = builder.finish();
  return { text, map, paragraphs: spans };
}

// A blank line (only whitespace between two line breaks) separates paragraphs.
const BLANK_LINE = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)*\r?\n/g;

/**
 * The paragraphs of a text kept whole (boilerplate removal off): the stretches between blank
 * lines, without their surrounding whitespace. Never empty spans.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m !== null; m = BLANK_LINE.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
