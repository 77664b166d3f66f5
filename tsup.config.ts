import { defineConfig } from 'tsup';

// One entry per public entry point. ESM and CJS side by side, each with its own
// declaration file (.d.ts for import, .d.cts for require) so that TypeScript resolves
// the right one under every moduleResolution setting.
//
// The library entries are browser-safe. The CLI (and the worker its thread pool loads) is a
// second, Node-only build: it may import `node:` modules and must never be reachable from the
// library entries. It is ESM only, with a shebang, and is not cleaned (the first build cleans
// dist/ before either writes).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', words: 'src/words/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: true,
    treeshake: true,
  },
]);
