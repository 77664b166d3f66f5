/** A word with its UTF-16 half-open offsets into the text given to `tokenize`. */
export interface Token {
  /** The word, always exactly `input.slice(start, end)`. */
  text: string;
  /** Offset of the word's first code unit. */
  start: number;
  /** Offset just past the word's last code unit. */
  end: number;
}

/**
 * Places the words a segmenter returned for one whitespace-free run back onto the run, so that
 * offsets are exact even when the segmenter drops, rewrites or invents characters.
 *
 * Each word is looked for at the cursor first and then further on; text that no word accounts for
 * becomes a token of its own, and a word that cannot be found (the segmenter rewrote it) is
 * skipped, its characters being covered by that gap token. So the tokens of a run always tile the
 * run exactly: together they are the run, in order, without overlap.
 */
export function alignRun(run: string, runStart: number, words: Iterable<string>, out: Token[]): void {
  let cursor = 0;
  for (const word of words) {
    if (typeof word !== 'string' || word.length === 0) continue;
    let at: number;
    if (run.startsWith(word, cursor)) {
      at = cursor;
    } else {
      at = run.indexOf(word, cursor);
      if (at < 0) continue;
      pushToken(run, runStart, cursor, at, out);
    }
    pushToken(run, runStart, at, at + word.length, out);
    cursor = at + word.length;
    if (cursor >= run.length) break;
  }
  pushToken(run, runStart, cursor, run.length, out);
}

function pushToken(run: string, runStart: number, from: number, to: number, out: Token[]): void {
  if (to <= from) return;
  out.push({ text: run.slice(from, to), start: runStart + from, end: runStart + to });
}
