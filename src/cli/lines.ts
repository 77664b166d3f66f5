/**
 * Splits a byte stream into lines without decoding it first. Splitting on the byte 0x0A is safe
 * in UTF-8, GB18030/GBK and Big5: none of them uses 0x0A inside a multi-byte character. Memory
 * stays at one chunk plus one line, whatever the size of the stream.
 */

/** One line of a stream, without its line terminator (`\n` or `\r\n`). */
export interface ByteLine {
  /** The line's bytes. */
  bytes: Uint8Array;
  /** 1-based line number. */
  lineNo: number;
  /** Byte offset of the line's first byte in the stream. */
  byteOffset: number;
}

/**
 * Yields the lines of a stream of byte chunks. A final line without a terminator is yielded; the
 * empty string after a final terminator is not (a file ending in `\n` has no extra empty line).
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  // Pieces of the current, unfinished line; joined only once its end is found, so a line longer
  // than a chunk costs linear time.
  let pending: Uint8Array[] = [];
  let lineOffset = 0;
  let streamOffset = 0;
  let lineNo = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      yield { bytes: stripCr(join(pending)), lineNo: ++lineNo, byteOffset: lineOffset };
      pending = [];
      start = nl + 1;
      lineOffset = streamOffset + start;
    }
    // Copy the tail so that the chunk it came from can be collected.
    if (start < chunk.length) pending.push(chunk.slice(start));
    streamOffset += chunk.length;
  }
  if (pending.length > 0) yield { bytes: stripCr(join(pending)), lineNo: ++lineNo, byteOffset: lineOffset };
}

function join(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function stripCr(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
