/**
 * The CLI as a user runs it: a subprocess, with real files, directories, pipes and exit codes.
 * The CLI is bundled once with esbuild into a temporary directory (as tsup does for dist/), so
 * each run starts as fast as the published binary.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from './legacy-encoder.js';

const root = resolve(__dirname, '../..');
const fixturePath = join(root, 'tests/fixtures/scraped-article-414w.txt');
const fixture = readFileSync(fixturePath, 'utf8');
let dir: string;
let cli: string;

// A short page in the shape of a scraped article, written for these tests.
const PAGE = [
  '外交部回应记者提问',
  '',
  '新华社记者2024-03-05 10:20:00  阅读 88',
  '',
  '据悉，双方将于下周举行新一轮会谈。外界猜测，会谈可能涉及贸易问题。',
  '',
  '发言人表示，目前尚未证实有关报道的真实性。',
  '',
  '责任编辑：李明',
].join('\n');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Runs the CLI; resolves when it has exited and both its output streams are read.
function run(args: string[], input?: string | Uint8Array): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(input ?? '');
  });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zh-news-normalize-cli-'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  await build({
    entryPoints: { cli: join(root, 'src/cli.ts'), 'cli-worker': join(root, 'src/cli-worker.ts') },
    outdir: join(dir, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  cli = join(dir, 'dist/cli.js');
  for (const d of ['clash-a', 'clash-b']) {
    mkdirSync(join(dir, d));
    writeFileSync(join(dir, d, 'x.txt'), PAGE);
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('help, version, usage errors', () => {
  it('--help prints usage and the exit codes on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: zh-news-normalize/);
    expect(r.stdout).toContain('Exit codes: 0 success; 1');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['--format', 'xml']],
    [['--jobs', '0']],
    [['--nope']],
    [['no-such-file.txt']],
    // Two inputs with the same name would overwrite each other's output.
    [['--out', 'clash-out', 'clash-a/x.txt', 'clash-b/x.txt']],
  ])('%j is exit 2 with a message on stderr and nothing on stdout', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zh-news-normalize: /);
  });
});

describe.concurrent('documents', () => {
  it('reads standard input and prints the clean body', async () => {
    const r = await run([], PAGE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('据悉，双方将于下周举行新一轮会谈。');
    expect(r.stdout).not.toContain('责任编辑');
    expect(r.stderr).toBe('');
  });

  it('prints the article of a file as JSON whose spans point into the text and the input', async () => {
    const r = await run(['--format', 'json', fixturePath]);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as {
      text: string;
      hedges: { cue: string; start: number; end: number; origin: { start: number; end: number } }[];
    };
    expect(article.hedges.map((h) => h.cue)).toEqual(expect.arrayContaining(['据悉', '不排除', '外界猜测']));
    for (const h of article.hedges) {
      expect(article.text.slice(h.start, h.end)).toBe(h.cue);
      expect(fixture.slice(h.origin.start, h.origin.end)).toBe(h.cue);
    }
  });

  it('--only hedges prints one tab-separated hedge per line', async () => {
    const rows = (await run(['--only', 'hedges'], PAGE)).stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows.map((r) => r[1])).toEqual(['据悉', '外界猜测', '可能', '尚未证实']);
    expect(rows[0]!.slice(0, 2)).toEqual(['attribution', '据悉']);
    expect(rows[3]!.slice(0, 2)).toEqual(['unconfirmed', '尚未证实']);
    // The last column is the sentence, on the same line.
    expect(rows[3]![3]).toBe('发言人表示，目前尚未证实有关报道的真实性。');
  });

  it('--to tw converts the result', async () => {
    expect((await run(['--only', 'body', '--to', 'tw'], PAGE)).stdout).toContain(
      '據悉，雙方將於下週舉行新一輪會談。',
    );
  });

  it('--format jsonl prints one line per input file with the --only part under --into', async () => {
    writeFileSync(join(dir, 'one.txt'), PAGE);
    const r = await run(['--format', 'jsonl', '--only', 'sentences', '--into', 's', 'one.txt', fixturePath]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout) as { file: string; s: { text: string }[] }[];
    expect(lines.map((l) => l.file)).toEqual(['one.txt', fixturePath]);
    expect(lines[0]!.s.map((x) => x.text)).toEqual([
      '据悉，双方将于下周举行新一轮会谈。',
      '外界猜测，会谈可能涉及贸易问题。',
      '发言人表示，目前尚未证实有关报道的真实性。',
    ]);
  });

  it('reads a directory recursively in path order, with a header per file', async () => {
    const d = join(dir, 'tree');
    mkdirSync(join(d, 'b'), { recursive: true });
    writeFileSync(join(d, 'b', 'two.txt'), PAGE);
    writeFileSync(join(d, 'a.txt'), fixture);
    writeFileSync(join(d, '.hidden.txt'), 'x');
    const r = await run(['tree']);
    expect(r.code).toBe(0);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
    expect(headers).toEqual([`==> ${join('tree', 'a.txt')} <==`, `==> ${join('tree', 'b', 'two.txt')} <==`]);

    const out = await run(['--out', 'out-tree', '--format', 'json', 'tree']);
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(dir, 'out-tree'), { recursive: true }).sort()).toEqual([
      'a.json',
      'b',
      join('b', 'two.json'),
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'out-tree', 'b', 'two.json'), 'utf8')).hedges).toHaveLength(4);
  });
});

describe.concurrent('encodings', () => {
  // Big5 has no Simplified characters, so its page is written in Traditional.
  const TRADITIONAL_PAGE = [
    '外交部回應記者提問',
    '',
    '據悉，雙方將於下週舉行新一輪會談。外界猜測，會談可能涉及貿易問題。',
    '',
    '發言人表示，目前尚未證實有關報導的真實性。',
  ].join('\n');

  it.each([
    ['gbk', PAGE, '据悉，双方将于下周举行新一轮会谈。'],
    ['big5', TRADITIONAL_PAGE, '據悉，雙方將於下週舉行新一輪會談。'],
  ] as const)('recognises %s input in a file', async (encoding, page, expected) => {
    writeFileSync(join(dir, `${encoding}.txt`), encodeLegacy(page, encoding));
    const r = await run(['--only', 'body', `${encoding}.txt`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected);
  });

  it('reports invalid bytes with the file and byte offset, and fails on them with --strict', async () => {
    const good = new TextEncoder().encode(PAGE);
    // After the third character (three bytes each in UTF-8): byte offset 9.
    const bad = Uint8Array.from([...good.subarray(0, 9), 0xff, ...good.subarray(9)]);
    writeFileSync(join(dir, 'bad-bytes.txt'), bad);
    const r = await run(['bad-bytes.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('bad-bytes.txt: invalid utf-8 bytes at byte offset 9, replaced with U+FFFD');
    const strict = await run(['--strict', 'bad-bytes.txt']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('decodes standard input as UTF-8 unless told otherwise', async () => {
    const gbk = encodeLegacy(PAGE, 'gbk');
    expect((await run(['--only', 'body'], gbk)).stderr).toMatch(
      /<stdin>: invalid utf-8 bytes at byte offset 0/,
    );
    expect((await run(['--only', 'body', '--encoding', 'gbk'], gbk)).stdout).toContain(
      '据悉，双方将于下周举行新一轮会谈。',
    );
  });
});

describe.concurrent('JSON Lines: the streaming mapper contract', () => {
  const record = (id: number, text: string) => JSON.stringify({ id, text, tag: 'keep' });
  const input = [record(1, PAGE), '{"id": 2, "text": ', '[1, 2]', '{"id": 4}', '', record(6, fixture)].join(
    '\n',
  );

  it('answers every line with exactly one JSON line, in order, and nothing else on stdout', async () => {
    const r = await run(['--jsonl', '--only', 'body', '--jobs', '1'], `${input}\n`);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 1, tag: 'keep', normalized: expect.stringContaining('据悉') });
    expect(lines[5]).toMatchObject({ id: 6, tag: 'keep' });
    expect(Object.keys(lines[0]!)).toEqual(['id', 'text', 'tag', 'normalized']);
    expect(lines.slice(1, 5).map((l) => [l.line, Object.keys(l)])).toEqual([
      [2, ['error', 'line']],
      [3, ['error', 'line']],
      [4, ['error', 'line']],
      [5, ['error', 'line']],
    ]);
    expect(r.stderr).toContain('<stdin>:2: invalid JSON');
    expect(r.stderr).toContain('<stdin>:4: missing field "text"');
    expect(r.stderr).toMatch(/4 bad lines\n$/);
  });

  it('gives the same output with worker threads, in input order', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      i % 37 === 5 ? 'not json' : record(i, i % 2 === 0 ? PAGE : fixture.slice(0, 100 + i * 7)),
    ).join('\n');
    const [one, two] = await Promise.all([
      run(['--jsonl', '--field', 'text', '--into', 'zh', '--jobs', '1'], many),
      run(['--jsonl', '--field', 'text', '--into', 'zh', '--jobs', '2'], many),
    ]);
    expect(jsonLines(one.stdout)).toHaveLength(120);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
  });

  it('--strict stops at the first bad line', async () => {
    const r = await run(['--jsonl', '--strict', '--jobs', '1'], input);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => l.id ?? l.line)).toEqual([1, 2]);
    expect(r.stderr).toContain('stopped by --strict');
  });

  it('reports an invalid byte with its line and byte offset; --strict stops there after the lines before it', async () => {
    const enc = new TextEncoder();
    const line1 = enc.encode(`${record(1, PAGE)}\n`);
    const line2 = enc.encode(`${record(2, PAGE)}\n`);
    const bad = enc.encode(`${record(3, 'ab')}\n`);
    bad[bad.indexOf(0x61)] = 0xff; // the "a" of "ab" becomes an invalid byte
    const input = Uint8Array.from([...line1, ...line2, ...bad, ...line1]);
    const offset = line1.length + line2.length + bad.indexOf(0xff);

    const lax = await run(['--jsonl', '--only', 'body', '--jobs', '1'], input);
    expect(lax.code).toBe(0);
    expect(jsonLines(lax.stdout)).toHaveLength(4);
    expect(lax.stderr).toContain(
      `<stdin>:3: invalid utf-8 bytes at byte offset ${offset}, replaced with U+FFFD`,
    );

    const strict = await run(['--jsonl', '--only', 'body', '--strict', '--jobs', '1'], input);
    expect(strict.code).toBe(1);
    expect(jsonLines(strict.stdout).map((l) => l.id)).toEqual([1, 2]);
  });

  it('writes output files atomically: a failed run leaves the previous file untouched', async () => {
    mkdirSync(join(dir, 'corpus'), { recursive: true });
    mkdirSync(join(dir, 'out-jsonl'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'part-1.jsonl'), `${record(1, PAGE)}\n`);
    const ok = await run(['--jsonl', '--out', 'out-jsonl', 'corpus/part-1.jsonl']);
    expect(ok.code).toBe(0);
    const good = readFileSync(join(dir, 'out-jsonl', 'part-1.jsonl'), 'utf8');
    expect(jsonLines(good)).toHaveLength(1);

    writeFileSync(join(dir, 'corpus', 'part-1.jsonl'), `${record(1, PAGE)}\nbroken\n${record(3, PAGE)}\n`);
    const failed = await run(['--jsonl', '--strict', '--out', 'out-jsonl', 'corpus/part-1.jsonl']);
    expect(failed.code).toBe(1);
    expect(readFileSync(join(dir, 'out-jsonl', 'part-1.jsonl'), 'utf8')).toBe(good);
    expect(readdirSync(join(dir, 'out-jsonl'))).toEqual(['part-1.jsonl']);
  });
});

describe('progress bar', () => {
  const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: PAGE })).join('\n');

  it('stays off when stderr is not a terminal', async () => {
    writeFileSync(join(dir, 'progress.jsonl'), many);
    expect((await run(['--jsonl', 'progress.jsonl'])).stderr).toBe('');
  });

  // util-linux `script` runs the command with a terminal as its stdout and stderr.
  it.skipIf(process.platform !== 'linux' || !existsSync('/usr/bin/script'))(
    'is drawn on a terminal (files, MB/s, ETA), and not with --quiet',
    async () => {
      writeFileSync(join(dir, 'progress.jsonl'), many);
      const tty = (flags: string) =>
        new Promise<string>((done) => {
          const child = spawn(
            'script',
            ['-qec', `${process.execPath} ${cli} --jsonl ${flags} progress.jsonl >/dev/null`, '/dev/null'],
            {
              cwd: dir,
            },
          );
          const out: Buffer[] = [];
          child.stdout.on('data', (b: Buffer) => out.push(b));
          child.on('close', () => done(Buffer.concat(out).toString('utf8')));
        });
      const [shown, quiet] = await Promise.all([tty(''), tty('--quiet')]);
      expect(shown).toMatch(/\[#+\.*\] \d+% {2}[01]\/1 files {2}\d+\.\d MB\/s/);
      expect(shown).toContain('ETA');
      expect(quiet).not.toContain('MB/s');
    },
  );
});
