/**
 * User overrides: the caller's own phrase and character table (`{ '艳': '艷', '鼠标': '滑鼠' }`)
 * taking part in the first longest-match pass of a conversion. At each position the longest
 * match wins, and an override wins a tie, so an override replaces OpenCC's answer for the same
 * text; its replacement is emitted as given and not converted further.
 * @internal
 */
import type { Converter } from './engine.js';
import type { Sink } from './sink.js';
import { unmatchedLength } from './text-walk.js';
import { Trie } from './trie.js';

/** A table of overrides: source text → replacement. */
export type Overrides = Readonly<Record<string, string>>;

// Built tries by table object, with the entries they were built from: a table that was
// changed since is rebuilt rather than trusted.
const built = /* @__PURE__ */ new WeakMap<object, { signature: string; trie: Trie }>();

/** Throws a `TypeError` unless `value` is undefined or a table of non-empty keys to strings. */
export function assertOverrides(value: unknown, fn: string): asserts value is Overrides | undefined {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: expected options.overrides to be an object of strings, got ${typeof value}`);
  }
  for (const [key, replacement] of Object.entries(value)) {
    if (key.length === 0 || typeof replacement !== 'string') {
      throw new TypeError(
        `${fn}: options.overrides must map non-empty strings to strings (bad entry ${JSON.stringify(key)})`,
      );
    }
  }
}

/** The trie of an override table, or null when the table is empty. */
export function overrideTrie(table: Overrides): Trie | null {
  const entries = Object.entries(table);
  if (entries.length === 0) return null;
  const signature = JSON.stringify(entries);
  const cached = built.get(table);
  if (cached && cached.signature === signature) return cached.trie;
  const trie = new Trie(entries.reduce((n, [key]) => n + key.length, 0));
  for (const [key, replacement] of entries) trie.add(key, replacement);
  built.set(table, { signature, trie });
  return trie;
}

/**
 * Converts `text` with `converter` (or leaves it, when null) except where an override wins the
 * first longest-match pass; the stretches between overrides are converted as usual.
 */
export function convertWithOverrides(
  converter: Converter | null,
  overrides: Trie,
  text: string,
  sink: Sink,
): void {
  const first = converter?.firstPass ?? null;
  const n = text.length;
  let freeStart = 0;
  let p = 0;
  while (p < n) {
    const unit = text.charCodeAt(p);
    const overrideEnd = overrides.root[unit] === 0 ? 0 : overrides.longest(text, p, n);
    const dictEnd = first && first.root[unit] !== 0 ? first.longest(text, p, n) : 0;
    if (overrideEnd === 0 || dictEnd > overrideEnd) {
      p = dictEnd > 0 ? dictEnd : p + unmatchedLength(text, p, n);
      continue;
    }
    const v = overrides.lastValue;
    if (converter && p > freeStart) converter.convertRange(text, freeStart, p, sink);
    const replacement = overrides.values[v]!;
    if (replacement !== overrides.keys[v]) sink.replace(p, overrideEnd, replacement);
    p = overrideEnd;
    freeStart = p;
  }
  if (converter && n > freeStart) converter.convertRange(text, freeStart, n, sink);
}
