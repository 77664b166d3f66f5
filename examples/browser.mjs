// Browser smoke test: bundles examples/browser-entry.js against the BUILT package with esbuild
// for the browser platform (which fails on any Node.js built-in), then runs the bundle in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) and checks results.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = await build({
  entryPoints: [join(here, 'browser-entry.js')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  write: false,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;

const expected = {
  normalizeText: '日前，金正恩接见了APP用户……',
  mapped: 7,
};

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`browser smoke test: no Chromium at ${executablePath} (apt-get install chromium)`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><meta charset="utf-8"><title>zh-news-normalize</title>');
  await page.addScriptTag({ content: code });
  const results = await page.evaluate(() => globalThis.__results);
  assert.deepEqual(errors, []);
  assert.deepEqual(results, expected);
} finally {
  await browser.close();
}
