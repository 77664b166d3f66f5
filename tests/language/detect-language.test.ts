import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { CANTONESE_MARKERS } from '../../src/language/cantonese.js';
import { clearlyHan } from '../../src/language/detect-language.js';
import { detectLanguage } from '../../src/language/index.js';

describe('detectLanguage', () => {
  it.each([
    // franc on longer text.
    ['朝鲜官员的身份还没有得到俄朝双方确认', 'cmn', 'simplified'],
    ['This is plainly an English sentence about the news.', 'eng', 'none'],
    // Japanese kanji include Traditional-only forms (語, 記); the script says so.
    ['これは日本語のニュース記事です。', 'jpn', 'traditional'],
    // Short Chinese strings, where franc says und: answered from the script.
    ['今日天氣很好', 'cmn', 'traditional'],
    ['金正恩接见', 'cmn', 'simplified'],
    ['中文', 'cmn', 'none'],
    // Written Cantonese, told apart by its grammatical characters.
    ['佢唔係我嘅朋友', 'yue', 'traditional'],
    ['我哋今日去咗邊度食嘢', 'yue', 'traditional'],
    // Cantonese without markers reads as Mandarin (documented limit).
    ['今日天氣好好', 'cmn', 'traditional'],
    // One marker is not enough (唔 alone occurs in Mandarin names and quotes).
    ['他说唔该谢谢', 'cmn', 'simplified'],
    // Nothing to go on.
    ['', 'und', 'none'],
    ['12345 !!', 'und', 'none'],
    ['中文 abc', 'und', 'none'],
  ] as const)('%s → %s', (text, language, script) => {
    const r = detectLanguage(text);
    expect(r.language).toBe(language);
    expect(r.script).toBe(script);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('honours only and ignore, for franc and for its own answers', () => {
    expect(detectLanguage('今日天氣很好', { ignore: ['cmn'] }).language).toBe('und');
    expect(detectLanguage('佢唔係我嘅朋友', { only: ['cmn', 'eng'] }).language).toBe('cmn');
    expect(
      detectLanguage('This is plainly an English sentence.', { only: ['sco', 'deu'] }).language,
    ).not.toBe('eng');
  });

  it('honours minLength', () => {
    expect(detectLanguage('Hello there', { minLength: 20 }).language).toBe('und');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(typeof detectLanguage(text).language).toBe('string');
      }),
    );
  });

  it('throws a TypeError on bad arguments', () => {
    expect(() => detectLanguage(null as unknown as string)).toThrow(
      /detectLanguage: expected text to be a string/,
    );
    expect(() => detectLanguage('x', 'cmn' as unknown as object)).toThrow(TypeError);
  });
});

// The short cut past franc's script counts (ADR 0058) must give franc's own answer, whatever the mix.
describe('clearlyHan (franc skipped for text that is clearly Chinese)', () => {
  const pieces = fc.constantFrom(
    '朝鲜官员',
    '臺灣發展',
    '，',
    '。',
    ' ',
    '\n',
    'abc ',
    'The news ',
    'これは',
    'カタカナ',
    'ｶﾀｶﾅ',
    '々〇',
    '𠀀',
    '\uD800',
    '한국어',
    'русский ',
    '2024-07-19 ',
    '㐀䶵',
    '鿿',
  );
  const han = fc.constantFrom('朝鲜官员', '臺灣發展', '据悉', '中');
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    // Mostly Han, with a few of anything: the cases near the short cut's edges.
    fc
      .array(fc.oneof({ arbitrary: han, weight: 3 }, { arbitrary: pieces, weight: 1 }), { maxLength: 30 })
      .map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  it('answers only where franc answers cmn, and detectLanguage matches franc there', () => {
    let shortCut = 0;
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 0, 5, 10, 30), (t, minLength) => {
        if (clearlyHan(t, minLength ?? 10)) {
          shortCut++;
          const options = minLength === undefined ? {} : { minLength };
          expect(francAll(t, options)[0]).toEqual(['cmn', 1]);
          expect(detectLanguage(t, options).language).toMatch(/^(cmn|yue)$/);
        }
      }),
      { numRuns: 2000 },
    );
    // The generator must exercise the short cut, not only the fallback.
    expect(shortCut).toBeGreaterThan(100);
  });

  it('reads at most franc’s 2048 code units and honours only/ignore', () => {
    const long = `${'中文新闻'.repeat(600)}${'English words here. '.repeat(500)}`;
    expect(clearlyHan(long, 10)).toBe(true);
    expect(francAll(long)[0]).toEqual(['cmn', 1]);
    expect(detectLanguage(long, { ignore: ['cmn'] }).language).toBe('und');
    expect(detectLanguage(long, { only: ['eng'] }).language).toBe('und');
    expect(detectLanguage('中文新闻中文新闻中文', { minLength: 11 }).language).toBe('cmn'); // short-string rule
    expect(clearlyHan('中文新闻中文新闻中文', 11)).toBe(false);
  });
});

it('Cantonese markers are single BMP code units (the marker count compares code units)', () => {
  for (const marker of CANTONESE_MARKERS) expect(marker.length).toBe(1);
});
