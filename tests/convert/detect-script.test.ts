import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveScriptSets, encodeSet } from '../../scripts/script-tables.js';
import { detectScript, toSimplified, toTraditional } from '../../src/convert/index.js';
import * as tables from '../../src/convert/script-tables.js';

describe('detectScript', () => {
  it.each([
    // Short headlines in one script.
    ['台湾发展迅速', 'simplified'],
    ['臺灣發展迅速', 'traditional'],
    ['台灣經濟', 'traditional'],
    ['国务院会议', 'simplified'],
    // Characters the scripts share never make a text Traditional (or Simplified).
    ['中文', 'none'],
    ['天台山', 'none'],
    ['干涉', 'none'],
    ['乾隆皇帝', 'none'],
    ['人民日报', 'simplified'],
    // Both scripts beyond the threshold.
    ['这是简体，這是繁體', 'mixed'],
    // One stray character of the other script in a longer text is not mixed.
    ['臺灣的經濟發展與國際關係，让人關注', 'traditional'],
    // Nothing Chinese.
    ['', 'none'],
    ['Hello, world', 'none'],
    ['123 😀', 'none'],
  ] as const)('%s → %s', (text, script) => {
    expect(detectScript(text).script).toBe(script);
  });

  it('counts each kind', () => {
    expect(detectScript('台湾发展')).toEqual({
      script: 'simplified',
      simplified: 2,
      traditional: 0,
      shared: 2,
    });
    expect(detectScript('臺灣發展')).toEqual({
      script: 'traditional',
      simplified: 0,
      traditional: 3,
      shared: 1,
    });
  });

  it('counts astral Han characters as shared and skips lone surrogates', () => {
    expect(detectScript('𠮷\uD800x\uDC00')).toEqual({
      script: 'none',
      simplified: 0,
      traditional: 0,
      shared: 1,
    });
  });

  const article = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');
  it('reads the real article as Simplified, and its conversions as Traditional', () => {
    expect(detectScript(article).script).toBe('simplified');
    expect(detectScript(toTraditional(article)).script).toBe('traditional');
    expect(detectScript(toTraditional(article, 'hk')).script).toBe('traditional');
    expect(detectScript(toSimplified(toTraditional(article))).script).toBe('simplified');
  });

  it('finds no Traditional-only character in any line of the article, nor a Simplified-only one once converted', () => {
    for (const line of article.split('\n')) {
      expect(detectScript(line).traditional, line).toBe(0);
      expect(detectScript(line).script, line).not.toBe('traditional');
      expect(detectScript(toTraditional(line)).simplified, line).toBe(0);
      expect(detectScript(toTraditional(line)).script, line).not.toBe('simplified');
    }
  });

  it('never throws and counts within the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = detectScript(text);
        expect(r.simplified + r.traditional + r.shared).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('throws a TypeError on a non-string', () => {
    expect(() => detectScript(5 as unknown as string)).toThrow(/detectScript: expected text to be a string/);
  });
});

describe('script tables', () => {
  it('equal what scripts/script-tables.ts derives from the dictionaries', () => {
    const { simplified, traditional } = deriveScriptSets();
    const s = encodeSet(simplified);
    const t = encodeSet(traditional);
    expect(tables.SIMPLIFIED_BITS).toBe(s.bits);
    expect(tables.SIMPLIFIED_REST).toBe(s.rest);
    expect(tables.TRADITIONAL_BITS).toBe(t.bits);
    expect(tables.TRADITIONAL_REST).toBe(t.rest);
  });
});
