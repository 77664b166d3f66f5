import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, OffsetMapBuilder, replaceWithMap } from '../src/span.js';
import { expectMapDescribes, expectMapMonotone } from './support/maps.js';

// A random rewrite of `source`: a list of (length to copy, length to replace, replacement).
const editsArb = fc.array(
  fc.record({ copy: fc.nat(4), cut: fc.nat(3), insert: fc.string({ maxLength: 3 }) }),
  { maxLength: 12 },
);

function applyEdits(source: string, edits: { copy: number; cut: number; insert: string }[]) {
  const b = new OffsetMapBuilder(source);
  for (const e of edits) {
    b.copyTo(Math.min(source.length, b.cursor + e.copy));
    b.replace(Math.min(source.length, b.cursor + e.cut), e.insert);
  }
  return b.finish();
}

describe('OffsetMap', () => {
  const cases: [string, number, 'start' | 'end', number][] = [
    // text 'ab…cd' ← 'ab...cd' : '...' (2..5) became '…' (2..3)
    ['after the change', 4, 'start', 6],
    ['before the change', 1, 'start', 1],
    ['at the change start', 2, 'start', 2],
    ['at the change end', 3, 'end', 5],
  ];
  const map = new OffsetMap(7, 5, [{ source: { start: 2, end: 5 }, target: { start: 2, end: 3 } }]);
  it.each(cases)('toSource %s', (_name, offset, bias, expected) => {
    expect(map.toSource(offset, bias)).toBe(expected);
  });

  it('maps inside a rewritten stretch to its edges by bias', () => {
    const m = new OffsetMap(4, 4, [{ source: { start: 0, end: 4 }, target: { start: 0, end: 4 } }]);
    expect(m.toSource(2, 'start')).toBe(0);
    expect(m.toSource(2, 'end')).toBe(4);
    expect(m.spanToSource({ start: 1, end: 2 })).toEqual({ start: 0, end: 4 });
  });

  it('maps a deletion point so that spans exclude the deleted text', () => {
    // 'a b' → 'ab': the space at 1..2 was deleted, target point 1.
    const { text, map: m } = replaceWithMap('a b', / /g, () => '');
    expect(text).toBe('ab');
    expect(m.toSource(1, 'start')).toBe(2);
    expect(m.toSource(1, 'end')).toBe(1);
    expect(m.spanToSource({ start: 1, end: 2 })).toEqual({ start: 2, end: 3 });
    expect(m.spanToSource({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });

  it('merges adjacent changes only where one side has no width, and rejects inconsistent ones', () => {
    const apart = new OffsetMap(4, 2, [
      { source: { start: 0, end: 2 }, target: { start: 0, end: 1 } },
      { source: { start: 2, end: 4 }, target: { start: 1, end: 2 } },
    ]);
    expect(apart.changes).toHaveLength(2);
    expect(apart.toSource(1, 'start')).toBe(2);
    const merged = new OffsetMap(4, 1, [
      { source: { start: 0, end: 2 }, target: { start: 0, end: 1 } },
      { source: { start: 2, end: 4 }, target: { start: 1, end: 1 } },
    ]);
    expect(merged.changes).toEqual([{ source: { start: 0, end: 4 }, target: { start: 0, end: 1 } }]);
    expect(
      () => new OffsetMap(4, 4, [{ source: { start: 1, end: 2 }, target: { start: 0, end: 1 } }]),
    ).toThrow(RangeError);
  });

  it('identity maps every offset to itself', () => {
    const id = OffsetMap.identity(10);
    expect(id.isIdentity).toBe(true);
    expect(id.toSource(7)).toBe(7);
    expect(id.toTarget(10, 'end')).toBe(10);
  });

  it('replaceWithMap requires a global pattern', () => {
    expect(() => replaceWithMap('x', /x/, () => 'y')).toThrow(TypeError);
  });

  it('builder output and map agree (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), editsArb, (source, edits) => {
        const { text, map } = applyEdits(source, edits);
        expectMapDescribes(source, text, map);
      }),
    );
  });

  it('compose equals applying both rewrites (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), editsArb, editsArb, (source, e1, e2) => {
        const first = applyEdits(source, e1);
        const second = applyEdits(first.text, e2);
        const composed = first.map.compose(second.map);
        expectMapDescribes(source, second.text, composed);
        expectMapMonotone(composed);
      }),
      { numRuns: 500 },
    );
  });
});
