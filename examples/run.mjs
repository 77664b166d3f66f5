// Runs every consumer smoke test in this folder against the BUILT package (dist/), the way a
// user would load it: an ES module import, a CommonJS require, and a TypeScript consumer
// type-checked against the shipped declarations. Exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const steps = [
  ['ESM import', process.execPath, [join(here, 'esm.mjs')]],
  ['CJS require', process.execPath, [join(here, 'cjs.cjs')]],
  ['TypeScript consumer (node16 resolution)', process.execPath, [tsc, '-p', join(here, 'tsconfig.json')]],
  ['words entry: ESM import', process.execPath, [join(here, 'words.mjs')]],
  ['words entry: CJS require', process.execPath, [join(here, 'words.cjs')]],
  ['CLI (bin) on examples/article.txt', process.execPath, [join(here, 'cli.mjs')]],
  ['browser bundle in headless Chromium', process.execPath, [join(here, 'browser.mjs')]],
  ['demo on examples/article.txt', process.execPath, [join(here, 'demo.mjs'), join(here, 'article.txt')]],
];

for (const [name, cmd, args] of steps) {
  process.stdout.write(`example: ${name} … `);
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write('ok\n');
}
