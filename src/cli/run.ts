/**
 * The CLI's driver: reads the inputs, hands jobs to an executor (in process for `--jobs 1`, a
 * piscina thread pool otherwise), writes results in input order to stdout or to atomic output
 * files, reports problems on stderr and returns the exit code. Argument parsing is in args.ts;
 * the work itself is in jobs.ts.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { type CliOptions, HELP, parseCliArgs, UsageError } from './args.js';
import { AtomicFile } from './atomic.js';
import { writeWithBackpressure } from './drain.js';
import { AUTO, decode, detectEncoding } from './encoding.js';
import { expandInputs, type Input } from './inputs.js';
import type { Job, JobConfig, JobResult } from './jobs.js';
import { byteLines } from './lines.js';
import { OrderedWindow } from './ordered.js';
import { ProgressBar, type ProgressState } from './progress.js';

/** Exit codes, documented in the README and in `--help`. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** Where the CLI reads and writes. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: NodeJS.WriteStream;
}

/** Runs jobs; created once per run and closed at the end. */
export interface Executor {
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

/** How the driver gets an executor for `jobs` threads, and the package version for `--version`. */
export interface CliEnv {
  executor(jobs: number): Executor;
  version: string;
}

// A JSONL batch sent to a worker is cut at this many UTF-16 units or lines, whichever comes
// first: at the pipeline's speed a batch is tens of milliseconds of work, so a thread hop
// (tens of microseconds) is negligible, while output starts early and all workers stay busy.
const BATCH_CHARS = 64 * 1024;
const BATCH_LINES = 64;
// Jobs in flight per thread: enough that a thread finishing a job finds the next one queued while
// the oldest (whose output must be written first) is still running; each is at most one batch.
const WINDOW_PER_THREAD = 4;
// Bytes read to recognise the encoding of a JSONL stream.
const SNIFF_BYTES = 64 * 1024;
// After this many messages of one kind, further ones are only counted in the summary.
const MESSAGE_LIMIT = 50;
const PROG = 'zh-news-normalize';

/** Stops the run at the first problem under `--strict`. */
class StrictStop extends Error {}

/** Parses `argv`, runs, and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo, env: CliEnv): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`${PROG}: ${err.message}\nTry '${PROG} --help' for more information.\n`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(`${env.version}\n`);
    return EXIT.ok;
  }
  let inputs: Input[];
  try {
    inputs = expandInputs(options.paths);
  } catch (err) {
    io.stderr.write(`${PROG}: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const clash = options.out ? sameOutput(inputs, options.out, outputExtension(options)) : undefined;
  if (clash) {
    io.stderr.write(`${PROG}: ${clash[0]} and ${clash[1]} would both be written to ${clash[2]}\n`);
    return EXIT.usage;
  }
  // One document gains nothing from a pool: threads would only add their start-up time.
  const threads = !options.jsonl && inputs.length === 1 ? 1 : options.jobs;
  const run = new Run(options, io, env.executor(threads));
  try {
    await run.all(inputs);
  } finally {
    await run.close();
  }
  return run.exitCode();
}

/** Where one input's output goes. */
interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

class Run {
  readonly #options: CliOptions;
  readonly #io: CliIo;
  readonly #executor: Executor;
  readonly #config: JobConfig;
  readonly #progress: ProgressBar | undefined;
  readonly #state: ProgressState = { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
  #errors = 0;
  #warnings = 0;
  #messages = 0;
  #failedInputs = 0;
  #stdoutBroken = false;

  constructor(options: CliOptions, io: CliIo, executor: Executor) {
    this.#options = options;
    this.#io = io;
    this.#executor = executor;
    this.#config = {
      format: options.format,
      only: options.only,
      field: options.field,
      into: options.into,
      to: options.to,
    };
    this.#progress = io.stderr.isTTY && !options.quiet ? new ProgressBar(io.stderr) : undefined;
    // A closed pipe (`| head`) ends the run quietly instead of crashing it.
    io.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.#stdoutBroken = true;
    });
  }

  async all(inputs: Input[]): Promise<void> {
    this.#state.filesTotal = inputs.length;
    this.#state.bytesTotal = inputs.some((i) => i.size < 0) ? -1 : inputs.reduce((n, i) => n + i.size, 0);
    try {
      if (this.#options.jsonl) {
        for (const input of inputs) await this.#jsonlInput(input);
      } else {
        await this.#documents(inputs);
      }
    } catch (err) {
      if (!(err instanceof StrictStop)) throw err;
    } finally {
      this.#progress?.update(this.#state, true);
      this.#progress?.clear();
    }
    this.#summary();
  }

  async close(): Promise<void> {
    await this.#executor.close();
  }

  exitCode(): number {
    return this.#errors > 0 || this.#failedInputs > 0 ? EXIT.inputErrors : EXIT.ok;
  }

  // ---- JSON Lines: one output line per input line, streamed.

  async #jsonlInput(input: Input): Promise<void> {
    const sink = this.#sinkFor(input, '.jsonl');
    if (!sink) return;
    const window = new OrderedWindow<JobResult>(this.#options.jobs * WINDOW_PER_THREAD);
    const emit = async (result: JobResult): Promise<void> => {
      const first = result.errors[0];
      if (this.#options.strict && first) {
        // Stop at the first bad line: its error line is the last line written.
        const kept = result.out.split('\n').slice(0, first.index + 1);
        await sink.write(`${kept.join('\n')}\n`);
        this.#error(`${label(input)}:${first.lineNo}: ${first.message}`);
        throw new StrictStop();
      }
      await sink.write(result.out);
      for (const e of result.errors) this.#error(`${label(input)}:${e.lineNo}: ${e.message}`);
    };
    let batch: { text: string; lineNo: number }[] = [];
    let batchChars = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const job: Job = { kind: 'lines', lines: batch, file: input.path, config: this.#config };
      batch = [];
      batchChars = 0;
      await window.push(this.#executor.run(job), emit);
    };
    try {
      const chunks = input.path === '-' ? this.#io.stdin : createReadStream(input.path);
      const { encoding, stream } = await sniffEncoding(chunks, this.#requestedEncoding(input));
      const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
      for await (const line of byteLines(stream)) {
        this.#state.bytesDone += line.bytes.length + 1;
        let text: string;
        try {
          text = decoder.decode(line.bytes);
        } catch {
          const decoded = decode(line.bytes, encoding);
          text = decoded.text;
          // Under --strict the run stops here: first write out every line before this one.
          if (this.#options.strict) {
            await flush();
            await window.drain(emit);
          }
          this.#invalidBytes(`${label(input)}:${line.lineNo}`, encoding, line.byteOffset + decoded.invalidAt);
        }
        batch.push({ text, lineNo: line.lineNo });
        batchChars += text.length;
        if (batchChars >= BATCH_CHARS || batch.length >= BATCH_LINES) await flush();
        this.#progress?.update(this.#state);
        if (this.#stdoutBroken) break;
      }
      await flush();
      await window.drain(emit);
      await sink.commit();
    } catch (err) {
      await sink.abort();
      if (err instanceof StrictStop) throw err;
      this.#inputFailed(input, err);
    }
    this.#state.filesDone++;
  }

  // ---- Whole documents: each input is one article.

  async #documents(inputs: Input[]): Promise<void> {
    const { format, out } = this.#options;
    // Several JSON documents on stdout are wrapped in one array, so stdout stays one JSON value.
    const jsonArray = format === 'json' && !out && inputs.length > 1;
    const headers = format === 'text' && !out && inputs.length > 1;
    let first = true;
    const window = new OrderedWindow<{ input: Input; result: JobResult | Error }>(
      this.#options.jobs * WINDOW_PER_THREAD,
    );
    const emit = async ({ input, result }: { input: Input; result: JobResult | Error }): Promise<void> => {
      this.#state.filesDone++;
      this.#progress?.update(this.#state);
      if (result instanceof Error) return this.#inputFailed(input, result);
      if (result.errors.length > 0) {
        return this.#inputFailed(input, new Error(result.errors.map((e) => e.message).join('; ')));
      }
      const sink = this.#sinkFor(input, EXTENSIONS[format]);
      if (!sink) return;
      let text = result.out;
      if (jsonArray) text = `${first ? '[\n' : ',\n'}${text.trimEnd()}`;
      if (headers) text = `${first ? '' : '\n'}==> ${input.path} <==\n${text}`;
      first = false;
      try {
        await sink.write(text);
        await sink.commit();
      } catch (err) {
        await sink.abort();
        this.#inputFailed(input, err);
      }
    };
    for (const input of inputs) {
      let job: Promise<{ input: Input; result: JobResult | Error }>;
      try {
        const text = await this.#readDocument(input);
        const docJob: Job = { kind: 'document', text, file: input.path, config: this.#config };
        job = this.#executor.run(docJob).then(
          (result) => ({ input, result }),
          (err: unknown) => ({ input, result: err instanceof Error ? err : new Error(String(err)) }),
        );
      } catch (err) {
        if (err instanceof StrictStop) throw err;
        job = Promise.resolve({ input, result: err instanceof Error ? err : new Error(String(err)) });
      }
      await window.push(job, emit);
      if (this.#stdoutBroken) break;
    }
    await window.drain(emit);
    if (jsonArray && !this.#stdoutBroken) await this.#writeStdout(first ? '[]\n' : '\n]\n');
  }

  /** The encoding asked for: `--encoding`, else UTF-8 for standard input and detection for files. */
  #requestedEncoding(input: Input): string {
    return this.#options.encoding ?? (input.path === '-' ? 'utf-8' : AUTO);
  }

  async #readDocument(input: Input): Promise<string> {
    const bytes = input.path === '-' ? await readAll(this.#io.stdin) : readFileSync(input.path);
    this.#state.bytesDone += bytes.length;
    const decoded = decode(bytes, this.#requestedEncoding(input));
    if (decoded.invalidAt >= 0) this.#invalidBytes(label(input), decoded.encoding, decoded.invalidAt);
    return decoded.text;
  }

  // ---- Output.

  #sinkFor(input: Input, extension: string): Sink | undefined {
    if (!this.#options.out) {
      return { write: (text) => this.#writeStdout(text), commit: async () => {}, abort: async () => {} };
    }
    const target = outputPath(this.#options.out, input, extension);
    try {
      const file = new AtomicFile(target);
      return { write: (t) => file.write(t), commit: () => file.commit(), abort: () => file.abort() };
    } catch (err) {
      this.#inputFailed(input, err);
      return undefined;
    }
  }

  async #writeStdout(text: string): Promise<void> {
    if (this.#stdoutBroken || text === '') return;
    await writeWithBackpressure(this.#io.stdout, text);
  }

  // ---- Messages on stderr.

  #say(message: string): void {
    if (++this.#messages > MESSAGE_LIMIT) return;
    this.#progress?.clear();
    this.#io.stderr.write(`${PROG}: ${message}\n`);
    if (this.#messages === MESSAGE_LIMIT)
      this.#io.stderr.write(`${PROG}: further messages are only counted\n`);
  }

  #error(message: string): void {
    this.#errors++;
    this.#say(message);
  }

  #invalidBytes(where: string, encoding: string, byteOffset: number): void {
    this.#warnings++;
    this.#say(`${where}: invalid ${encoding} bytes at byte offset ${byteOffset}, replaced with U+FFFD`);
    if (this.#options.strict) {
      this.#failedInputs++;
      throw new StrictStop();
    }
  }

  #inputFailed(input: Input, err: unknown): void {
    this.#failedInputs++;
    this.#say(`${label(input)}: ${(err as Error).message ?? String(err)}`);
    if (this.#options.strict) throw new StrictStop();
  }

  #summary(): void {
    const parts: string[] = [];
    if (this.#errors > 0) parts.push(`${this.#errors} bad line${this.#errors === 1 ? '' : 's'}`);
    if (this.#failedInputs > 0)
      parts.push(`${this.#failedInputs} failed input${this.#failedInputs === 1 ? '' : 's'}`);
    if (this.#warnings > 0)
      parts.push(`invalid bytes in ${this.#warnings} place${this.#warnings === 1 ? '' : 's'}`);
    if (parts.length === 0) return;
    const stopped = this.#options.strict && this.exitCode() !== EXIT.ok ? ' (stopped by --strict)' : '';
    this.#io.stderr.write(`${PROG}: ${parts.join(', ')}${stopped}\n`);
  }
}

/** How messages name an input. */
function label(input: Input): string {
  return input.path === '-' ? '<stdin>' : input.path;
}

const EXTENSIONS = { text: '.txt', json: '.json', jsonl: '.jsonl' } as const;

function outputExtension(options: CliOptions): string {
  return options.jsonl ? '.jsonl' : EXTENSIONS[options.format];
}

/** Where `--out` writes an input's output: its relative path with the output's extension. */
function outputPath(dir: string, input: Input, extension: string): string {
  const name = input.outName;
  return join(dir, name.slice(0, name.length - extname(name).length) + extension);
}

/** Two inputs whose outputs would overwrite each other (`a/x.txt` and `b/x.txt`), if any. */
function sameOutput(inputs: Input[], dir: string, extension: string): [string, string, string] | undefined {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const target = outputPath(dir, input, extension);
    const other = seen.get(target);
    if (other !== undefined) return [other, input.path, target];
    seen.set(target, input.path);
  }
  return undefined;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Resolves `auto` by looking at the first bytes of a stream, and returns a stream that still
 * yields every byte, the sniffed ones first.
 */
async function sniffEncoding(
  source: AsyncIterable<Uint8Array>,
  requested: string,
): Promise<{ encoding: string; stream: AsyncIterable<Uint8Array> }> {
  if (requested !== AUTO) return { encoding: requested, stream: source };
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const encoding = detectEncoding(Buffer.concat(head));
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { encoding, stream: stream() };
}
