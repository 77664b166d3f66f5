/**
 * stripBoilerplate throughput: the scraped fixture repeated to ~5 MB, the fixture as one call
 * per page, and the linear-time cases (one 10 MB line; 100,000 empty lines; 100,000 short
 * lines, where the per-line cost shows).
 */
import { stripBoilerplate } from '../../src/index.js';
import { type BenchRow, fixture, repeatToSize, throughput, utf8Bytes } from '../lib.js';

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const big = repeatToSize(fixture, 5e6);
  const bigBytes = utf8Bytes(big);
  rows.push({
    capability: 'stripBoilerplate',
    input: `fixture ×${Math.round(bigBytes / utf8Bytes(fixture))} (${(bigBytes / 1e6).toFixed(1)} MB)`,
    // a longer run than the default so that the mean is over warm iterations (each takes ~0.2 s)
    ours: await throughput(bigBytes, () => stripBoilerplate(big), 4000),
  });
  // one call per page, as a crawler calls it: per-call set-up counts here
  rows.push({
    capability: 'stripBoilerplate',
    input: `fixture, one page per call (${(utf8Bytes(fixture) / 1e3).toFixed(1)} kB)`,
    ours: await throughput(utf8Bytes(fixture), () => stripBoilerplate(fixture), 1000),
  });
  // one 10 MB line of prose-like text (no line breaks at all)
  const unit = '日前,朝鲜最高领导人金正恩,接见了来访的俄罗斯军事代表团。';
  const line = unit.repeat(Math.ceil(1e7 / utf8Bytes(unit)));
  const lineBytes = utf8Bytes(line);
  rows.push({
    capability: 'stripBoilerplate',
    input: `one line (${(lineBytes / 1e6).toFixed(1)} MB)`,
    ours: await throughput(lineBytes, () => stripBoilerplate(line), 500),
  });
  const empty = '\n'.repeat(100_000);
  rows.push({
    capability: 'stripBoilerplate',
    input: '100,000 empty lines',
    ours: await throughput(utf8Bytes(empty), () => stripBoilerplate(empty), 500),
    note: 'MB/s of 100 kB input',
  });
  // 100,000 short non-empty lines (many lines, each classified)
  const many = Array.from({ length: 100_000 }, (_, i) =>
    i % 3 === 0 ? '首页 | 新闻' : i % 3 === 1 ? '评论(3)' : '今天天气很好。',
  ).join('\n');
  rows.push({
    capability: 'stripBoilerplate',
    input: '100,000 short lines',
    ours: await throughput(utf8Bytes(many), () => stripBoilerplate(many), 500),
  });
  return rows;
}
