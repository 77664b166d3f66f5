/**
 * The progress bar: one line on stderr, redrawn at most ten times a second, only when stderr is
 * a terminal (never in logs or pipes) and not with `--quiet`.
 */

/** Counters the bar shows. Totals are -1 when unknown (standard input). */
export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** A progress line on a TTY stream. */
export class ProgressBar {
  readonly #stream: NodeJS.WriteStream;
  readonly #started = Date.now();
  #lastDraw = 0;
  #drawn = false;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
  }

  /** Redraws the line if the last redraw was long enough ago (or `force`). */
  update(state: ProgressState, force = false): void {
    const now = Date.now();
    if (!force && now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    this.#drawn = true;
    this.#stream.write(`\r${formatProgress(state, (now - this.#started) / 1000)}\x1b[K`);
  }

  /** Erases the line so that later messages start on a clean line. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}

/** The progress line: bar (when the total is known), files done, MB/s and ETA. */
export function formatProgress(state: ProgressState, seconds: number): string {
  const rate = seconds > 0 ? state.bytesDone / 1e6 / seconds : 0;
  const parts: string[] = [];
  if (state.bytesTotal > 0) {
    const ratio = Math.min(1, state.bytesDone / state.bytesTotal);
    const filled = Math.round(ratio * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(ratio * 100).toFixed(0)}%`);
  }
  parts.push(
    state.filesTotal >= 0 ? `${state.filesDone}/${state.filesTotal} files` : `${state.filesDone} files`,
  );
  parts.push(`${rate.toFixed(1)} MB/s`);
  if (state.bytesTotal > 0 && rate > 0) {
    parts.push(`ETA ${formatDuration((state.bytesTotal - state.bytesDone) / 1e6 / rate)}`);
  }
  return parts.join('  ');
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
