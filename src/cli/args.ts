/**
 * Command-line arguments of `zh-news-normalize`, parsed with Node's own `util.parseArgs` and
 * checked into a {@link CliOptions}. Usage errors are `UsageError`s (exit code 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { checkEncodingLabel } from './encoding.js';
import { FORMATS, type Format, ONLY_PARTS, type OnlyPart } from './render.js';

/** OpenCC targets `--to` accepts. */
export const TARGETS = ['cn', 'tw', 'twp', 'hk'] as const;
export type Target = (typeof TARGETS)[number];

/** A mistake in the command line: reported with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Everything a run needs to know, after defaults. */
export interface CliOptions {
  paths: string[];
  format: Format;
  to: Target | undefined;
  out: string | undefined;
  jsonl: boolean;
  field: string;
  into: string;
  only: OnlyPart | undefined;
  /** A `TextDecoder` encoding name, `auto`, or undefined for the default (auto for files,
   * UTF-8 for standard input). */
  encoding: string | undefined;
  jobs: number;
  quiet: boolean;
  strict: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: zh-news-normalize [options] [file|directory|-]...

Cleans scraped Chinese news text: removes boilerplate, normalises characters, splits sentences,
finds hedged language, optionally converts between Simplified and Traditional.
With no path, or with -, reads standard input. Directories are read recursively.

Input and output
  -f, --format <text|json|jsonl>  output format (default: text)
      --only <part>               print only body, sentences, hedges or metadata
      --to <cn|tw|twp|hk>         convert the result to this OpenCC variant
  -o, --out <dir>                 write one output file per input into <dir>
                                  (written to a temporary name, then renamed)
      --encoding <label>          input encoding: auto, utf-8, gb18030, gbk, big5…
                                  (default: auto for files, utf-8 for standard input)

JSON Lines corpora
      --jsonl                     each input line is a JSON object; one output line per
                                  input line, in order; a bad line gets {"error": …}
      --field <name>              field that holds the text (default: text)
      --into <name>               field the result is added under (default: normalized)

Running
  -j, --jobs <n>                  worker threads (default: number of cores)
      --strict                    stop at the first bad line, unreadable file or invalid byte
  -q, --quiet                     no progress bar (problems are still reported)
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 success; 1 some input failed (bad JSONL line, unreadable file, or an
invalid byte under --strict); 2 bad command line.
`;

/** Parses `argv` (without the node and script paths). Throws {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a positive integer, got "${v.jobs}"`);
  let encoding: string | undefined;
  if (v.encoding !== undefined) {
    try {
      encoding = checkEncodingLabel(v.encoding);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const field = v.field ?? 'text';
  const into = v.into ?? 'normalized';
  if (field === '' || into === '') throw new UsageError('--field and --into must not be empty');
  return {
    paths: parsed.positionals,
    format: oneOf('--format', v.format ?? 'text', FORMATS),
    to: v.to === undefined ? undefined : oneOf('--to', v.to, TARGETS),
    out: v.out,
    jsonl: v.jsonl ?? false,
    field,
    into,
    only: v.only === undefined ? undefined : oneOf('--only', v.only, ONLY_PARTS),
    encoding,
    jobs,
    quiet: v.quiet ?? false,
    strict: v.strict ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      only: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      encoding: { type: 'string' },
      jsonl: { type: 'boolean' },
      field: { type: 'string' },
      into: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}
