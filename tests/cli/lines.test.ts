import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/cli/lines.js';

async function* chunksOf(text: string, sizes: number[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % Math.max(1, sizes.length)] ?? bytes.length);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function lines(text: string, sizes: number[] = []) {
  const out: { text: string; lineNo: number; byteOffset: number }[] = [];
  for await (const l of byteLines(chunksOf(text, sizes))) {
    out.push({ text: new TextDecoder().decode(l.bytes), lineNo: l.lineNo, byteOffset: l.byteOffset });
  }
  return out;
}

describe('byteLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['\n\n', ['', '']],
    ['', []],
    ['中文\n新闻', ['中文', '新闻']],
  ])('%j → %j', async (input, expected) => {
    expect((await lines(input)).map((l) => l.text)).toEqual(expected);
  });

  it('numbers lines and gives their byte offsets', async () => {
    expect(await lines('ab\n中\nc', [1])).toEqual([
      { text: 'ab', lineNo: 1, byteOffset: 0 },
      { text: '中', lineNo: 2, byteOffset: 3 },
      { text: 'c', lineNo: 3, byteOffset: 7 },
    ]);
  });

  it('gives the same lines whatever the chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', '中', '\n', '\r', 'x'), maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }),
        async (text, sizes) => {
          const got = await lines(text, sizes);
          const expected =
            text === ''
              ? []
              : text
                  .replace(/\n$/, '')
                  .split('\n')
                  .map((l) => l.replace(/\r$/, ''));
          expect(got.map((l) => l.text)).toEqual(expected);
          const encoded = new TextEncoder().encode(text);
          for (const l of got) {
            expect(new TextDecoder().decode(encoded.subarray(l.byteOffset)).startsWith(l.text)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
