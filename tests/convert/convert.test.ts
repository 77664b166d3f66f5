import { describe, expect, it } from 'vitest';
import {
  convert,
  convertWithMap,
  type Locale,
  toSimplified,
  toTraditional,
} from '../../src/convert/index.js';

describe('convert: directions and regional variants', () => {
  it.each([
    // Characters and phrases, Simplified → Traditional variants.
    ['cn', 'tw', '鼠标和软件', '鼠標和軟件'],
    ['cn', 'twp', '鼠标和软件', '滑鼠和軟體'],
    ['cn', 'twp', 'U盘坏了', '隨身碟壞了'],
    ['cn', 'hk', '着眼于未来', '着眼於未來'],
    ['cn', 't', '头发和发展', '頭髮和發展'],
    ['cn', 'tw', '干涉和干杯', '干涉和乾杯'],
    // Traditional variants → Simplified.
    ['tw', 'cn', '頭髮和發展', '头发和发展'],
    ['twp', 'cn', '滑鼠和軟體', '鼠标和软件'],
    ['hk', 'cn', '着眼於未來', '着眼于未来'],
    ['t', 'cn', '乾隆皇帝', '乾隆皇帝'],
    // Between Traditional variants, and Japanese Shinjitai.
    ['t', 'tw', '裏面', '裡面'],
    ['tw', 't', '裡面', '裏面'],
    ['t', 'jp', '舊體字', '旧体字'],
    ['jp', 't', '旧体字', '舊體字'],
  ] as const)('%s → %s: %s', (from, to, input, expected) => {
    expect(convert(input, { from, to })).toBe(expected);
  });

  it.each([
    ['cn', 'tw'],
    ['tw', 'cn'],
    ['t', 'cn'],
  ] as const)('leaves text with nothing to convert as the same string (%s → %s)', (from, to) => {
    for (const text of ['', 'plain ASCII, 123.', '中文的人', '😀 ←→ ①②']) {
      expect(convert(text, { from, to })).toBe(text);
    }
  });

  it('returns the input itself when from === to, for every locale', () => {
    for (const locale of ['cn', 'tw', 'twp', 'hk', 'hkp', 'jp', 't'] as const) {
      expect(convert('软件與軟體', { from: locale, to: locale })).toBe('软件與軟體');
    }
  });
});

describe('convert: overrides', () => {
  it.each([
    // A character override wins the tie with OpenCC's single character.
    [{ 艳: '艷' }, '艳', '艷'],
    // A phrase override wins over OpenCC's phrase of the same length.
    [{ 鼠标: '滑鼠' }, '买了鼠标', '買了滑鼠'],
    // The replacement is emitted as given, not converted further.
    [{ 软件: '软件' }, '软件。', '软件。'],
    [{ 软件: '軟體' }, '买软件', '買軟體'],
    // A longer OpenCC phrase starting at the same place still wins (longest match).
    [{ 头: 'X' }, '头发', '頭髮'],
    // Longest match among the overrides themselves.
    [{ 中: 'A', 中国: 'B' }, '中国人', 'B人'],
    // Overrides of ASCII text apply too.
    [{ USB: 'U盤' }, 'USB', 'U盤'],
  ])('%j: %s → %s', (overrides, input, expected) => {
    expect(convert(input, { from: 'cn', to: 'tw', overrides })).toBe(expected);
  });

  it('applies overrides alone when from === to', () => {
    expect(convert('艳丽', { from: 'cn', to: 'cn', overrides: { 艳: '豔' } })).toBe('豔丽');
  });

  it('picks up a table changed between calls', () => {
    const overrides: Record<string, string> = { 鼠标: '滑鼠' };
    expect(convert('鼠标', { from: 'cn', to: 'tw', overrides })).toBe('滑鼠');
    overrides.鼠标 = '老鼠';
    expect(convert('鼠标', { from: 'cn', to: 'tw', overrides })).toBe('老鼠');
  });
});

describe('convertWithMap', () => {
  it('maps spans of a length-changing phrase conversion', () => {
    const { text, map } = convertWithMap('我的U盘坏了', { from: 'cn', to: 'twp' });
    expect(text).toBe('我的隨身碟壞了');
    expect(map.spanToSource({ start: 2, end: 5 })).toEqual({ start: 2, end: 4 });
    expect(map.toSource(text.indexOf('壞'))).toBe(4);
    expect(map.toTarget(1)).toBe(1);
  });

  it('maps Traditional → Simplified character by character, not by first-step piece', () => {
    // 方針 is one piece of the first step (a Taiwan phrase kept as it is), yet only 針 changes:
    // the map says so, and the unchanged 方 maps to itself.
    const { text, map } = convertWithMap('在指導方針', { from: 'tw', to: 'cn' });
    expect(text).toBe('在指导方针');
    expect(map.changes.map((c) => [c.source.start, c.source.end])).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(map.toSource(3)).toBe(3);
    expect(map.spanToSource({ start: 4, end: 5 })).toEqual({ start: 4, end: 5 });
    // A character the first step changes and the second changes back (峰 → 峯 → 峰) is no change.
    expect(convertWithMap('峰會', { from: 'tw', to: 'cn' }).map.changes.map((c) => c.source.start)).toEqual([
      1,
    ]);
  });

  it('returns an identity map when nothing changes', () => {
    const { text, map } = convertWithMap('abc', { from: 'cn', to: 'tw' });
    expect(text).toBe('abc');
    expect(map.isIdentity).toBe(true);
  });

  it('composes the normalisation of compatibility ideographs with the conversion', () => {
    // U+F900 is a compatibility form of 豈; normalisation and conversion both show in the map.
    const { text, map } = convertWithMap('\uF900软件', { from: 'cn', to: 'tw' });
    expect(text).toBe('豈軟件');
    expect(map.sourceLength).toBe(3);
    expect(map.spanToSource({ start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
  });
});

describe('toTraditional / toSimplified', () => {
  it.each([
    ['tw', '软件开发', '軟件開發'],
    ['twp', '软件开发', '軟體開發'],
    ['hk', '着眼于', '着眼於'],
    ['t', '里面', '裏面'],
  ] as const)('toTraditional(x, %s)', (variant, input, expected) => {
    expect(toTraditional(input, variant)).toBe(expected);
    expect(toTraditional(input, variant)).toBe(convert(input, { from: 'cn', to: variant }));
  });

  it('defaults to Taiwan', () => {
    expect(toTraditional('里面')).toBe('裡面');
    expect(toSimplified('裡面')).toBe('里面');
  });

  it.each([
    ['tw', '軟體開發', '软体开发'],
    ['twp', '軟體開發', '软件开发'],
    ['hk', '着眼於', '着眼于'],
    ['t', '裏面', '里面'],
  ] as const)('toSimplified(x, %s)', (variant, input, expected) => {
    expect(toSimplified(input, variant)).toBe(expected);
    expect(toSimplified(input, variant)).toBe(convert(input, { from: variant, to: 'cn' }));
  });
});

describe('argument errors', () => {
  it.each([
    [
      () => convert(1 as unknown as string, { from: 'cn', to: 'tw' }),
      /convert: expected text to be a string/,
    ],
    [
      () => convert('x', { from: 'zh' as Locale, to: 'tw' }),
      /unknown from locale "zh"; expected one of cn, tw, twp, hk, hkp, jp, t/,
    ],
    [() => convert('x', { from: 'cn', to: 'TW' as Locale }), /unknown to locale "TW"/],
    [() => convert('x', undefined as unknown as { from: Locale; to: Locale }), /unknown from locale/],
    [
      () => convertWithMap(null as unknown as string, { from: 'cn', to: 'tw' }),
      /convertWithMap: expected text/,
    ],
    [() => convert('x', { from: 'cn', to: 'tw', overrides: { a: 1 as unknown as string } }), /overrides/],
    [() => convert('x', { from: 'cn', to: 'tw', overrides: { '': 'a' } }), /overrides/],
    [() => toTraditional('x', 'cn' as 'tw'), /toTraditional: variant must be a Traditional locale/],
    [() => toSimplified('x', 'xx' as 'tw'), /toSimplified: unknown variant locale "xx"/],
    [() => toSimplified(undefined as unknown as string), /toSimplified: expected text to be a string/],
  ])('throws a TypeError (%#)', (fn, message) => {
    expect(fn).toThrow(TypeError);
    expect(fn).toThrow(message);
  });
});
