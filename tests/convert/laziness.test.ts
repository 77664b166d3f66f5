/**
 * Converters are built lazily: importing builds none, ASCII-only text never builds one, and a
 * direction is built once. (Its own file, so that no other test has built one before.)
 */
import { describe, expect, it } from 'vitest';
import { builtConverterCount } from '../../src/convert/cache.js';
import * as api from '../../src/index.js';

describe('converter laziness', () => {
  it('builds no converter on import', () => {
    expect(typeof api.convert).toBe('function');
    expect(builtConverterCount()).toBe(0);
  });

  it('builds none for ASCII-only text, in any direction', () => {
    for (const [from, to] of [
      ['cn', 'tw'],
      ['tw', 'cn'],
      ['t', 'cn'],
      ['cn', 'hkp'],
    ] as const) {
      expect(api.convert('Hello, world! 123\n\t~', { from, to })).toBe('Hello, world! 123\n\t~');
      expect(api.convertWithMap('plain', { from, to }).text).toBe('plain');
    }
    expect(api.toTraditional('ASCII only')).toBe('ASCII only');
    expect(api.toSimplified('ASCII only')).toBe('ASCII only');
    expect(builtConverterCount()).toBe(0);
  });

  it('builds one converter per direction, once', () => {
    api.convert('软件', { from: 'cn', to: 'tw' });
    api.toTraditional('硬件', 'tw');
    api.convertWithMap('软件', { from: 'cn', to: 'tw' });
    expect(builtConverterCount()).toBe(1);
    api.toSimplified('軟體');
    expect(builtConverterCount()).toBe(2);
  });

  it('relies on no OpenCC dictionary key being made of ASCII only (some start with it: PN结)', async () => {
    const { allDictionaries } = await import('./helpers.js');
    for (const { name, entries } of allDictionaries()) {
      const ascii = entries.filter(([key]) => /^[\u0000-\u007f]*$/.test(key));
      expect(ascii, name).toEqual([]);
    }
  });
});
