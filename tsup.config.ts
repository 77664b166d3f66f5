import { defineConfig } from 'tsup';

// One entry per public entry point. ESM and CJS side by side, each with its own
// declaration file (.d.ts for import, .d.cts for require) so that TypeScript resolves
// the right one under every moduleResolution setting.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
