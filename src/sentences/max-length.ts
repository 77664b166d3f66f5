/**
 * Cutting over-long sentences: a runaway line of 20,000 characters without a full stop (a
 * concatenated headline list, a table flattened to text) must not become one sentence.
 * @internal
 */
import * as tables from './char-classes.js';
import type { Sentence } from './types.js';

// Module-scope copies for the hot loop (see scanner.ts).
const { CUT, FLAGS, WS } = tables;

/**
 * Pushes `[start, end)` of `text` (already trimmed, longer than `maxLength`) as pieces of at most
 * `maxLength` code units, each cut after the last `，；、,;` or whitespace that keeps it within the
 * limit, else exactly at the limit.
 *
 * Each piece scans back at most `maxLength` characters, and a short piece is always followed by
 * one that reaches past the previous limit, so the total work stays linear in the input.
 */
export function pushCut(text: string, start: number, end: number, maxLength: number, out: Sentence[]): void {
  let a = start;
  while (end - a > maxLength) {
    const limit = a + maxLength;
    // The piece is [a, p): p just after a cut mark or a whitespace character (trimmed below).
    let p = limit;
    while (p > a + 1 && !(FLAGS[text.charCodeAt(p - 1)]! & (CUT | WS))) p--;
    if (p === a + 1 && !(FLAGS[text.charCodeAt(a)]! & (CUT | WS))) p = limit;
    // Never separate the halves of a surrogate pair.
    if (isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p))) p = p - 1 > a ? p - 1 : p + 1;
    let b = p;
    while (b > a && FLAGS[text.charCodeAt(b - 1)]! & WS) b--;
    out.push({ text: text.slice(a, b), start: a, end: b });
    a = p;
    while (a < end && FLAGS[text.charCodeAt(a)]! & WS) a++;
  }
  if (a < end) out.push({ text: text.slice(a, end), start: a, end });
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
