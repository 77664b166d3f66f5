import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBody, paragraphSpans } from '../../src/pipeline/body-map.js';

describe('buildBody', () => {
  it.each([
    // input, kept paragraphs, body text
    [
      'T\n\nA\nx\nB\n',
      [
        [3, 4],
        [7, 8],
      ],
      'A\n\nB',
    ],
    [
      'A\n\nB',
      [
        [0, 1],
        [3, 4],
      ],
      'A\n\nB',
    ],
    ['junk A', [[5, 6]], 'A'],
    ['abc', [], ''],
  ] as [string, [number, number][], string][])('%j keeping %j → %j', (input, kept, expected) => {
    const spans = kept.map(([start, end]) => ({ start, end }));
    const body = buildBody(input, spans);
    expect(body.text).toBe(expected);
    for (const [i, p] of body.paragraphs.entries()) {
      expect(body.text.slice(p.start, p.end)).toBe(input.slice(spans[i]!.start, spans[i]!.end));
      expect(body.map.spanToSource(p)).toEqual(spans[i]);
    }
  });

  it('maps every paragraph back to itself for any sorted disjoint paragraphs', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.nat({ max: 60 }), { maxLength: 12 }),
        (input, cuts) => {
          const points = [...new Set(cuts.map((c) => Math.min(c, input.length)))].sort((a, b) => a - b);
          const spans = [];
          for (let i = 0; i + 1 < points.length; i += 2) {
            if (points[i + 1]! > points[i]!) spans.push({ start: points[i]!, end: points[i + 1]! });
          }
          const body = buildBody(input, spans);
          expect(body.text).toBe(spans.map((s) => input.slice(s.start, s.end)).join('\n\n'));
          for (const [i, p] of body.paragraphs.entries()) {
            expect(body.map.spanToSource(p)).toEqual(spans[i]);
          }
        },
      ),
    );
  });
});

describe('paragraphSpans', () => {
  it.each([
    ['a\n\nb', ['a', 'b']],
    ['  a \n \n\n b\nc  ', ['a', 'b\nc']],
    ['a\r\n\r\nb', ['a', 'b']],
    ['\n\n', []],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(paragraphSpans(input).map((s) => input.slice(s.start, s.end))).toEqual(expected);
  });
});
