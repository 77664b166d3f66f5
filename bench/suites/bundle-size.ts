/**
 * What a consumer pays in bundle size for each capability: a one-line consumer that imports one
 * function from the BUILT package (by its name, through the `exports` map, as a user's bundler
 * sees it) is bundled by esbuild for the browser, minified and gzipped. Needs `npm run build`.
 *
 * The bar: a consumer of `splitSentences` or `detectHedges` must not pay for the
 * conversion dictionaries (under 25 KiB gzipped).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchRow } from '../lib.js';

const root = new URL('../..', import.meta.url).pathname;

const CONSUMERS: [string, string][] = [
  ['OffsetMap', `import { OffsetMap } from 'zh-news-normalize'; console.log(OffsetMap.identity(1));`],
  ['splitSentences', `import { splitSentences } from 'zh-news-normalize'; console.log(splitSentences('x'));`],
  ['detectHedges', `import { detectHedges } from 'zh-news-normalize'; console.log(detectHedges('x'));`],
  ['normalizeText', `import { normalizeText } from 'zh-news-normalize'; console.log(normalizeText('x'));`],
  [
    'stripBoilerplate',
    `import { stripBoilerplate } from 'zh-news-normalize'; console.log(stripBoilerplate('x'));`,
  ],
  ['detectScript', `import { detectScript } from 'zh-news-normalize'; console.log(detectScript('x'));`],
  ['detectLanguage', `import { detectLanguage } from 'zh-news-normalize'; console.log(detectLanguage('x'));`],
  ['toSimplified', `import { toSimplified } from 'zh-news-normalize'; console.log(toSimplified('x'));`],
  [
    'convert',
    `import { convert } from 'zh-news-normalize'; console.log(convert('x', { from: 'cn', to: 'tw' }));`,
  ],
  [
    'normalizeArticle',
    `import { normalizeArticle } from 'zh-news-normalize'; console.log(normalizeArticle('x'));`,
  ],
];

async function gzippedBundle(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

export default async function bundleSizeSuite(): Promise<BenchRow[]> {
  if (!existsSync(new URL('dist/index.js', `file://${root}`))) {
    throw new Error('bundle-size: run `npm run build` first (this suite measures the built package)');
  }
  const rows: BenchRow[] = [];
  for (const [name, code] of CONSUMERS) {
    const bytes = await gzippedBundle(code);
    rows.push({
      capability: 'bundle size',
      input: `consumer importing only ${name}`,
      ours: Number.NaN,
      note: `${(bytes / 1024).toFixed(1)} KiB gzipped (esbuild, minified, ESM, browser)`,
    });
  }
  return rows;
}
