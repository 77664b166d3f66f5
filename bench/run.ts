/**
 * `npm run bench [-- name…]`: runs every suite in bench/suites/ (or those whose file name
 * contains one of the given names) and prints one table: our MB/s beside the peer's, measured
 * in the same process on the same input, and the ratio.
 */
import { readdirSync } from 'node:fs';
import { type BenchRow, mbps } from './lib.js';

const filters = process.argv.slice(2);
const dir = new URL('./suites/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const suite = (await import(new URL(file, dir).href)) as { default: () => Promise<BenchRow[]> };
  process.stderr.write(`running ${file}…\n`);
  const got = await suite.default();
  for (const row of got) {
    printRow(row);
    rows.push(row);
  }
}

function printRow(r: BenchRow): void {
  const peer = r.peer
    ? `${r.peer.name} ${mbps(r.peer.mbps)} MB/s, ratio ${(r.ours / r.peer.mbps).toFixed(2)}x`
    : '';
  const ours = Number.isNaN(r.ours) ? '—' : `${mbps(r.ours)} MB/s`;
  const cells = [r.capability, r.input, ours, peer, r.note ?? ''];
  console.log(`| ${cells.join(' | ')} |`);
}

if (rows.length === 0) {
  console.error(`no bench suite matched ${filters.join(', ')}`);
  process.exitCode = 1;
}
