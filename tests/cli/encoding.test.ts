import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding, firstInvalidByte } from '../../src/cli/encoding.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

// Byte sequences written out by hand from the GBK and Big5 code tables, so that the tests do not
// depend on an encoder (TextEncoder only encodes UTF-8).
const GBK = {
  // 中文新闻 in GBK/GB18030
  zhongwenxinwen: bytes(0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5),
  // 据悉，金正恩的讲话 in GBK
  juxi: bytes(
    0xbe,
    0xdd,
    0xcf,
    0xa4,
    0xa3,
    0xac,
    0xbd,
    0xf0,
    0xd5,
    0xfd,
    0xb6,
    0xf7,
    0xb5,
    0xc4,
    0xbd,
    0xb2,
    0xbb,
    0xb0,
  ),
};
const BIG5 = {
  // 中文新聞 in Big5
  zhongwenxinwen: bytes(0xa4, 0xa4, 0xa4, 0xe5, 0xb7, 0x73, 0xbb, 0x44),
};

describe('detectEncoding', () => {
  it.each([
    ['ASCII', utf8('hello, world'), 'utf-8'],
    ['UTF-8 Chinese', utf8('中文新闻，据悉'), 'utf-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, ...utf8('中文')), 'utf-8'],
    ['UTF-16LE BOM', bytes(0xff, 0xfe, 0x2d, 0x4e), 'utf-16le'],
    ['GBK Chinese', GBK.juxi, 'gb18030'],
    ['GBK 中文新闻', GBK.zhongwenxinwen, 'gb18030'],
    ['Big5 中文新聞', BIG5.zhongwenxinwen, 'big5'],
    ['UTF-8 cut inside a character (sniffed prefix)', utf8('中文').subarray(0, 4), 'utf-8'],
  ])('%s → %s', (_name, input, expected) => {
    expect(detectEncoding(input)).toBe(expected);
  });
});

describe('decode', () => {
  it.each([
    ['GBK', GBK.zhongwenxinwen, 'auto', '中文新闻', 'gb18030'],
    ['GBK via label gbk', GBK.juxi, 'gbk', '据悉，金正恩的讲话', 'gbk'],
    ['Big5', BIG5.zhongwenxinwen, 'auto', '中文新聞', 'big5'],
    ['UTF-8 with BOM drops the BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'auto', 'a', 'utf-8'],
  ])('%s', (_name, input, label, text, encoding) => {
    expect(decode(input, label)).toEqual({ text, encoding, invalidAt: -1 });
  });

  it.each([
    // A lone continuation byte after "ab".
    ['UTF-8 stray continuation byte', bytes(0x61, 0x62, 0x80, 0x63), 'utf-8', 2],
    // 中 is E4 B8 AD; cut after two bytes and followed by ASCII.
    ['UTF-8 truncated character mid-text', bytes(0x61, 0xe4, 0xb8, 0x41), 'utf-8', 1],
    ['UTF-8 truncated character at the end', bytes(0x61, 0x62, 0xe4, 0xb8), 'utf-8', 2],
    ['UTF-8 invalid first byte', bytes(0xff, 0x61), 'utf-8', 0],
    // 中文 in GBK, then 0xFF, which is never valid in GBK.
    ['GBK invalid byte', bytes(0xd6, 0xd0, 0xce, 0xc4, 0xff, 0x41), 'gb18030', 4],
  ])('reports the offset of %s', (_name, input, encoding, offset) => {
    const result = decode(input, encoding);
    expect(result.invalidAt).toBe(offset);
    expect(result.text).toContain('\uFFFD');
  });

  it('finds the first invalid byte of any byte string, and -1 exactly when it decodes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.constantFrom('utf-8', 'gb18030', 'big5'),
        (input, enc) => {
          const at = firstInvalidByte(input, enc);
          let valid = true;
          try {
            new TextDecoder(enc, { fatal: true }).decode(input);
          } catch {
            valid = false;
          }
          expect(at === -1).toBe(valid);
          if (at >= 0) {
            // Everything before the offset decodes; the bytes from the offset on do not start cleanly.
            expect(() => new TextDecoder(enc, { fatal: true }).decode(input.subarray(0, at))).not.toThrow();
            expect(at).toBeLessThan(input.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
