import { defineConfig } from 'tsup';

const library = { index: 'src/index.ts', words: 'src/words/index.ts' };

// dist/ is emptied by the `build` script before these run in parallel.
export default defineConfig([
  // ESM: one output file per source module, not bundled, so that a consumer's bundler drops every
  // module the consumer does not import (`sideEffects: false` works per file). A single bundled
  // file kept ~80 KiB of other modules' top-level tables in a bundle that imports one function.
  {
    entry: ['src/**/*.ts', '!src/**/*.d.ts', '!src/cli.ts', '!src/cli-worker.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
  },
  // Declarations for both formats: .d.ts for import, .d.cts for require, so that TypeScript
  // resolves the right one under every moduleResolution setting.
  { entry: library, format: ['esm', 'cjs'], dts: { only: true }, target: 'es2022' },
  // CJS: one bundle per entry point (require() consumers do not tree-shake).
  { entry: library, format: ['cjs'], sourcemap: true, target: 'es2022', splitting: false },
  // The CLI and the worker its thread pool loads: Node-only, may import `node:` modules, never
  // reachable from the library entries. ESM with a shebang.
  {
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    splitting: true,
    treeshake: true,
  },
]);
