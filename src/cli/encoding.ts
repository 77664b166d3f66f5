/**
 * Input decoding for the CLI: UTF-8, GB18030/GBK and Big5 (the encodings Chinese sites still
 * serve), recognised from the bytes and decoded with `TextDecoder`. Invalid bytes are never
 * replaced silently: decoding reports the byte offset of the first invalid sequence.
 */

/** What `--encoding` accepts besides a `TextDecoder` label. */
export const AUTO = 'auto';

/** The result of decoding a buffer. */
export interface Decoded {
  /** The decoded text; invalid sequences are replaced with U+FFFD. */
  text: string;
  /** The encoding used (a `TextDecoder` name such as `utf-8`, `gb18030`, `big5`). */
  encoding: string;
  /** Byte offset of the first invalid sequence, or -1 when every byte decoded cleanly. */
  invalidAt: number;
}

// Candidates weighed when the bytes are not valid UTF-8, in order of preference on a tie: UTF-8
// (a UTF-8 file with a stray bad byte is likelier than anything else), GB18030 (a superset of GBK
// and GB2312: mainland sites), Big5 (Taiwan and Hong Kong sites).
const DETECT_CANDIDATES = ['utf-8', 'gb18030', 'big5'] as const;

// The commonest Chinese characters, Simplified and Traditional forms alike. Text decoded with
// the right legacy encoding is dense in them; the same bytes decoded with the wrong one give
// mostly rare characters. Used only to choose between two encodings that both decode cleanly.
const COMMON_HANZI = new Set(
  [
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里',
    '用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
    '日月新闻记者报道表示据悉目前已经今天政府美俄朝日韩台港军事官员总统外交部',
    // Traditional forms of the commonest characters that differ from the Simplified ones.
    '這個們來為國說時會對過發後裡還進點麼實經現當沒動開從與學將關體機長書問間題聞記報導據表軍事員總統務',
  ].join(''),
);

/** Throws a `RangeError` unless `label` is `auto` or an encoding `TextDecoder` knows. */
export function checkEncodingLabel(label: string): string {
  if (label === AUTO) return AUTO;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new RangeError(`unknown encoding "${label}" (use auto, utf-8, gb18030, gbk or big5)`);
  }
}

/**
 * Chooses the encoding of `bytes`: a byte-order mark if there is one, else UTF-8 when the bytes
 * are valid UTF-8, else whichever of GB18030 and Big5 decodes them (the one whose text has more
 * common Chinese characters when both do, the one with fewer invalid sequences when neither does).
 * A prefix cut in the middle of a character still counts as valid, so a sniffed prefix can be used.
 */
export function detectEncoding(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  if (decodesCleanly(bytes, 'utf-8')) return 'utf-8';
  let best: { encoding: string; valid: boolean; score: number } | undefined;
  for (const encoding of DETECT_CANDIDATES) {
    const text = new TextDecoder(encoding).decode(bytes, { stream: true });
    const errors = countSuspects(text);
    const valid = errors === 0;
    const score = valid ? commonHanziCount(text) : -errors;
    if (!best || (valid && !best.valid) || (valid === best.valid && score > best.score)) {
      best = { encoding, valid, score };
    }
  }
  return best!.encoding;
}

/**
 * Decodes `bytes` with `encoding` (or the detected one for `auto`). Never throws on bad bytes:
 * they become U+FFFD and `invalidAt` says where the first one was.
 */
export function decode(bytes: Uint8Array, encoding: string): Decoded {
  const chosen = encoding === AUTO ? detectEncoding(bytes) : encoding;
  const offset = bomLength(bytes, chosen);
  const body = offset > 0 ? bytes.subarray(offset) : bytes;
  try {
    const text = new TextDecoder(chosen, { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: chosen, invalidAt: -1 };
  } catch {
    const text = new TextDecoder(chosen, { ignoreBOM: true }).decode(body);
    return { text, encoding: chosen, invalidAt: offset + firstInvalidByte(body, chosen) };
  }
}

/**
 * Byte offset of the first invalid sequence in `bytes` under `encoding`, or -1. A truncated
 * character at the very end counts as invalid. Binary search over prefixes decoded in streaming
 * mode (where a character cut at the end is not an error): a prefix that contains an invalid
 * sequence makes every longer prefix invalid too.
 */
export function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  if (decodesCleanly(bytes, encoding)) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return -1;
    } catch {
      // Only the tail is incomplete: it starts at the last character boundary.
      return lastBoundary(bytes, encoding);
    }
  }
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (decodesCleanly(bytes.subarray(0, mid), encoding)) lo = mid + 1;
    else hi = mid;
  }
  // bytes[0, lo) is the shortest invalid prefix; its last byte completes the invalid sequence,
  // which began at the end of the longest cleanly decoded run of whole characters before it.
  return lastBoundary(bytes.subarray(0, lo - 1), encoding);
}

function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// Offset just past the last whole character in a prefix that decodes cleanly in streaming mode.
function lastBoundary(prefix: Uint8Array, encoding: string): number {
  for (let end = prefix.length; end > 0; end--) {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(prefix.subarray(0, end));
      return end;
    } catch {
      // A character is cut at `end`; at most three bytes back is a boundary in every encoding here.
    }
  }
  return 0;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function bomLength(bytes: Uint8Array, encoding: string): number {
  const bom = bomEncoding(bytes);
  if (bom !== encoding) return 0;
  return bom === 'utf-8' ? 3 : 2;
}

function commonHanziCount(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON_HANZI.has(ch)) n++;
  return n;
}

// Replacement characters, and private-use characters: Node's Big5 decoder maps bytes that are
// not Big5 (such as 0xFF) to the private-use area instead of failing, so for detection they count
// as errors too.
const SUSPECT = /[\uFFFD\uE000-\uF8FF]/g;

function countSuspects(text: string): number {
  return text.match(SUSPECT)?.length ?? 0;
}
