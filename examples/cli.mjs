// Consumer smoke test: the `zh-news-normalize` binary as `npx zh-news-normalize` runs it (the
// `bin` entry of package.json), on the README's Quick start input.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin['zh-news-normalize']);
const run = (...args) => execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

assert.equal(run('--version'), `${pkg.version}\n`);
const body = run('examples/article.txt');
assert.match(body, /据悉，金琴哲是朝鲜著名退役将领/);
assert.doesNotMatch(body, /随机主题/);
const hedges = run('--only', 'hedges', 'examples/article.txt');
assert.match(hedges, /^attribution\t据悉\t/m);
