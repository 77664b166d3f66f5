#!/usr/bin/env node
/**
 * `zh-news-normalize`: the command-line interface. Wiring only: arguments and I/O are handled in
 * src/cli/, the work is done by the library's modules. Node-only; not part of the library entries.
 */
import { readFileSync } from 'node:fs';
import { Piscina } from 'piscina';
import { removeTempFilesSync } from './cli/atomic.js';
import { runJob } from './cli/jobs.js';
import { type Executor, runCli } from './cli/run.js';

// Built: dist/cli.js beside dist/cli-worker.js. From source (tsx): src/cli.ts beside
// src/cli-worker.ts. package.json is one level up in both cases.
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const workerUrl = new URL(`./cli-worker${extension}`, import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function executor(jobs: number): Executor {
  // One job at a time in this thread: no thread hop, no copy of the data. The pipeline (and the
  // conversion dictionaries it carries) is loaded on the first job, so --help, --version and
  // usage errors answer at once.
  if (jobs === 1) {
    let normalize: Promise<typeof import('./cli/normalize.js')> | undefined;
    return {
      run: async (job) => {
        normalize ??= import('./cli/normalize.js');
        return runJob(job, (await normalize).cliNormalize);
      },
      close: async () => {},
    };
  }
  const pool = new Piscina({ filename: workerUrl.href, minThreads: jobs, maxThreads: jobs });
  return { run: (job) => pool.run(job), close: () => pool.destroy() };
}

// Interrupted: leave no temporary output files behind (targets are never touched before rename).
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    removeTempFilesSync();
    process.exit(code);
  });
}

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  { executor, version: packageJson.version },
);
