import { expect } from 'vitest';
import type { OffsetMap } from '../../src/span.js';

/**
 * Checks that `map` really describes how `source` became `target`: the lengths match, and the
 * text between rewritten stretches is copied untouched.
 */
export function expectMapDescribes(source: string, target: string, map: OffsetMap): void {
  expect(map.sourceLength).toBe(source.length);
  expect(map.targetLength).toBe(target.length);
  let s = 0;
  let t = 0;
  for (const c of map.changes) {
    expect(source.slice(s, c.source.start)).toBe(target.slice(t, c.target.start));
    s = c.source.end;
    t = c.target.end;
  }
  expect(source.slice(s)).toBe(target.slice(t));
}

/** Checks that `map` is monotone in both directions and never leaves either string. */
export function expectMapMonotone(map: OffsetMap): void {
  let last = 0;
  for (let y = 0; y <= map.targetLength; y++) {
    const x = map.toSource(y, 'start');
    expect(x).toBeGreaterThanOrEqual(last);
    expect(x).toBeLessThanOrEqual(map.sourceLength);
    last = x;
  }
  last = 0;
  for (let x = 0; x <= map.sourceLength; x++) {
    const y = map.toTarget(x, 'end');
    expect(y).toBeGreaterThanOrEqual(last);
    expect(y).toBeLessThanOrEqual(map.targetLength);
    last = y;
  }
}
