import type { Writable } from 'node:stream';

/**
 * Writes `text` to `stream` and, when its buffer is full, waits until it drains (or fails or
 * closes, whose handling is up to the stream's own listeners). Listeners are removed afterwards,
 * so millions of writes do not pile them up.
 */
export async function writeWithBackpressure(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
