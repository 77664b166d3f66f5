/**
 * normalizeArticle, tokenize and the CLI.
 *
 * - `normalizeArticle` on the scraped page (one 7 KB article per call, as a crawler feeds it),
 *   without and with conversion; the peer is `stripBoilerplate` alone, the stage that costs most.
 * - `tokenize` (zh-news-normalize/words) on the fixture's body; the peer is `Intl.Segmenter`.
 * - The CLI (the built dist/cli.js, run as a user runs it) over a JSONL file made from the fixture,
 *   `--jobs 1` and `--jobs 2`: MB/s of input and the process's peak RSS (threads included).
 *   The file is written to a temporary directory and removed afterwards. Its size is 100 MB by
 *   default; `BENCH_CLI_MB=20 npm run bench -- pipeline` makes it smaller, `BENCH_CLI_MB=0` skips it.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripBoilerplate } from '../../src/boilerplate/index.js';
import { normalizeArticle } from '../../src/pipeline/index.js';
import { tokenize } from '../../src/words/index.js';
import { type BenchRow, fixture, throughput, utf8Bytes } from '../lib.js';

const root = new URL('../../', import.meta.url).pathname;

export default async function pipelineSuite(): Promise<BenchRow[]> {
  const bytes = utf8Bytes(fixture);
  const page = `scraped page (${(bytes / 1000).toFixed(1)} kB) per call`;
  // Warm every stage up first (their regexes and tables are built on first use, and the JIT needs
  // a few hundred calls); a cold first row reads less than half the steady figure.
  for (let i = 0; i < 200; i++) {
    normalizeArticle(fixture);
    normalizeArticle(fixture, { convert: { to: 'tw' } });
  }
  const strip = await throughput(bytes, () => stripBoilerplate(fixture), 2000);
  const plain = await throughput(bytes, () => normalizeArticle(fixture), 2000);
  const converted = await throughput(bytes, () => normalizeArticle(fixture, { convert: { to: 'tw' } }), 2000);

  const body = normalizeArticle(fixture).text;
  const bodyBytes = utf8Bytes(body);
  tokenize(body); // loads segmentit's dictionaries once, outside the timing
  const intl = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = await throughput(bodyBytes, () => tokenize(body));
  const intlWords = await throughput(bodyBytes, () => tokenize(body, { segmenter: intl }));
  const intlRaw = await throughput(bodyBytes, () => [...intl.segment(body)]);

  const rows: BenchRow[] = [
    {
      capability: 'normalizeArticle',
      input: page,
      ours: plain,
      peer: { name: 'stripBoilerplate alone', mbps: strip },
    },
    {
      capability: 'normalizeArticle { convert: tw }',
      input: page,
      ours: converted,
      peer: { name: 'normalizeArticle', mbps: plain },
    },
    {
      capability: 'tokenize (segmentit)',
      input: 'fixture body',
      ours: words,
      peer: { name: 'Intl.Segmenter', mbps: intlRaw },
    },
    {
      capability: 'tokenize { segmenter: Intl.Segmenter }',
      input: 'fixture body',
      ours: intlWords,
      peer: { name: 'Intl.Segmenter', mbps: intlRaw },
    },
  ];
  rows.push(...(await cliRows()));
  return rows;
}

async function cliRows(): Promise<BenchRow[]> {
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) {
    process.stderr.write(
      'pipeline bench: dist/cli.js is missing, run `npm run build` first; CLI rows skipped\n',
    );
    return [];
  }
  const megabytes = Number(process.env.BENCH_CLI_MB ?? 100);
  if (!(megabytes > 0)) return [];
  const dir = mkdtempSync(join(tmpdir(), 'zh-news-normalize-bench-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    writeCorpus(file, megabytes * 1e6);
    const size = statSync(file).size;
    const rows: BenchRow[] = [];
    for (const jobs of [1, 2]) {
      const { seconds, peakRssMb, lines } = await runCli(cli, file, jobs, dir);
      rows.push({
        capability: `CLI --jsonl --jobs ${jobs}`,
        input: `${(size / 1e6).toFixed(0)} MB JSONL (${lines} articles)`,
        ours: size / 1e6 / seconds,
        note: `peak RSS ${peakRssMb.toFixed(0)} MB, ${seconds.toFixed(1)} s`,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One JSON line per copy of the fixture, each with an id, until the file has `bytes` bytes.
function writeCorpus(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  let written = 0;
  for (let id = 0; written < bytes; id++) {
    const line = `${JSON.stringify({ id, url: `https://example.com/${id}`, text: fixture })}\n`;
    written += writeSync(fd, line);
  }
  closeSync(fd);
}

// Runs the CLI with its output discarded. Peak RSS comes from the CLI process itself
// (`process.resourceUsage().maxRSS`, which counts every thread), written at exit by a preload.
function runCli(cli: string, file: string, jobs: number, dir: string) {
  const rssFile = join(dir, `rss-${jobs}`);
  const preload =
    "data:text/javascript,import{writeFileSync}from'node:fs';import{isMainThread}from'node:worker_threads';" +
    "if(isMainThread)process.on('exit',()=>writeFileSync(process.env.RSS_OUT,String(process.resourceUsage().maxRSS)))";
  return new Promise<{ seconds: number; peakRssMb: number; lines: number }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', preload, cli, '--jsonl', '--quiet', '--jobs', String(jobs), file],
      {
        env: { ...process.env, RSS_OUT: rssFile },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`CLI exited with ${code}`));
      const seconds = (performance.now() - started) / 1000;
      resolve({ seconds, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, lines });
    });
  });
}
