/**
 * Output files that appear whole or not at all: written under a temporary name in the same
 * directory, then renamed over the target (rename is atomic within a file system). A run that
 * fails or is stopped leaves the previous file, if any, untouched.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeWithBackpressure } from './drain.js';

let counter = 0;
// Temporary files not yet renamed or removed, so that an interrupted run can clean up.
const live = new Set<string>();

/** Removes every temporary file still open; for signal handlers (synchronous). */
export function removeTempFilesSync(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

/** A file being written under a temporary name until {@link AtomicFile.commit}. */
export class AtomicFile {
  readonly target: string;
  readonly tempPath: string;
  readonly #stream: WriteStream;
  #failed: Error | undefined;

  constructor(target: string) {
    this.target = target;
    mkdirSync(dirname(target), { recursive: true });
    this.tempPath = join(dirname(target), `.${basename(target)}.${process.pid}.${++counter}.tmp`);
    this.#stream = createWriteStream(this.tempPath, { flags: 'wx' });
    live.add(this.tempPath);
    this.#stream.on('error', (err) => {
      this.#failed = err;
    });
  }

  /** Appends text, waiting when the stream's buffer is full. */
  async write(text: string): Promise<void> {
    if (this.#failed) throw this.#failed;
    await writeWithBackpressure(this.#stream, text);
    if (this.#failed) throw this.#failed;
  }

  /** Flushes, closes and renames the temporary file over the target. */
  async commit(): Promise<void> {
    this.#stream.end();
    await once(this.#stream, 'close');
    if (this.#failed) {
      await this.abort();
      throw this.#failed;
    }
    renameSync(this.tempPath, this.target);
    live.delete(this.tempPath);
  }

  /** Discards the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    // End rather than destroy the stream: destroying it with writes in flight makes their
    // callbacks fail outside any handler. Once it is closed, the file can be removed for good.
    if (!this.#stream.closed) {
      const closed = once(this.#stream, 'close');
      this.#stream.end();
      await closed;
    }
    rmSync(this.tempPath, { force: true });
    live.delete(this.tempPath);
  }
}
