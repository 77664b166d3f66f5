/**
 * Shared helpers for `npm run bench`. Each suite in bench/suites/ exports a default async
 * function that returns rows; bench/run.ts prints them side by side with their peers.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';

export interface BenchRow {
  /** Capability being measured, e.g. `normalizeText`. */
  capability: string;
  /** Which input, e.g. `fixture ×N (5 MB)`. */
  input: string;
  /** Our throughput in MB/s of UTF-8 input. */
  ours: number;
  /** The peer's name and throughput on the same input in the same run, when there is one. */
  peer?: { name: string; mbps: number };
  /** Free-form extra figures (set-up time, peak RSS, bundle size…). */
  note?: string;
}

export const fixture = readFileSync(
  new URL('../tests/fixtures/scraped-article-414w.txt', import.meta.url),
  'utf8',
);

/** UTF-8 size of a string in bytes. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `text` repeated (separated by blank lines) until it is at least `bytes` long in UTF-8. */
export function repeatToSize(text: string, bytes: number): string {
  const unit = utf8Bytes(text) + 2;
  return Array(Math.ceil(bytes / unit))
    .fill(text)
    .join('\n\n');
}

/**
 * Throughput of `fn` in MB/s (10^6 bytes of UTF-8 input per second), measured by tinybench
 * over at least `time` ms after a warm-up, from the mean time per call.
 */
export async function throughput(bytes: number, fn: () => unknown, time = 1000): Promise<number> {
  const bench = new Bench({ time, warmupTime: 200, iterations: 3, warmupIterations: 1 });
  bench.add('x', fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  const mean = result && 'latency' in result ? result.latency.mean : Number.NaN;
  return bytes / 1e6 / (mean / 1000);
}

/** Formats a number of MB/s for the table. */
export function mbps(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
