/**
 * Expands the CLI's path arguments into the list of inputs: files as given, directories walked
 * recursively (hidden entries skipped, paths sorted so that output order is reproducible), and
 * `-` for standard input.
 */
import { readdirSync, type Stats, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One input of a run. */
export interface Input {
  /** The path to read, or `-` for standard input. */
  path: string;
  /** Where its output goes under `--out`: its path relative to the directory argument it came
   * from, or its file name for a file argument. */
  outName: string;
  /** Size in bytes, or -1 for standard input. */
  size: number;
}

/** Standard input as an {@link Input}. */
export const STDIN: Input = { path: '-', outName: 'stdin', size: -1 };

/** Expands path arguments; throws an `Error` naming a path that does not exist. */
export function expandInputs(args: readonly string[]): Input[] {
  if (args.length === 0) return [STDIN];
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(STDIN);
      continue;
    }
    const stat = statOrThrow(arg);
    if (stat.isDirectory()) {
      for (const file of walk(arg)) {
        out.push({ path: file, outName: relative(arg, file), size: statSync(file).size });
      }
    } else {
      out.push({ path: arg, outName: arg.split(/[\\/]/).pop()!, size: stat.size });
    }
  }
  return out;
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new Error(`${path}: no such file or directory`);
  }
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
