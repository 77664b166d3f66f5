import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedWindow } from '../../src/cli/ordered.js';

const delay = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('OrderedWindow', () => {
  it('emits results in submission order whatever order the jobs finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (delays, limit) => {
          const window = new OrderedWindow<number>(limit);
          const seen: number[] = [];
          let inFlight = 0;
          let maxInFlight = 0;
          for (const [i, ms] of delays.entries()) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await window.push(
              delay(ms, i).then((v) => {
                inFlight--;
                return v;
              }),
              (v) => {
                seen.push(v);
              },
            );
          }
          await window.drain((v) => {
            seen.push(v);
          });
          expect(seen).toEqual(delays.map((_, i) => i));
          expect(maxInFlight).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rethrows a failed job when it reaches the head, not before', async () => {
    const window = new OrderedWindow<number>(3);
    const seen: number[] = [];
    await window.push(delay(5, 1), (v) => void seen.push(v));
    await window.push(Promise.reject(new Error('boom')), (v) => void seen.push(v));
    await expect(window.drain((v) => void seen.push(v))).rejects.toThrow('boom');
    expect(seen).toEqual([1]);
  });
});
