/** One sentence found by {@link splitSentences}. */
export interface Sentence {
  /** The sentence without surrounding whitespace; always `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the sentence's first character in the input. */
  start: number;
  /** UTF-16 offset just past its last character (half-open). */
  end: number;
}

/** Options of {@link splitSentences}. Every field is optional. */
export interface SplitSentencesOptions {
  /**
   * `true` (default): every line break ends a sentence, as in scraped news where each line is a
   * paragraph, heading or caption. `false`: single line breaks are wrapping inside a paragraph
   * and only a blank line (a line break, optional whitespace, another line break) ends one.
   */
  newlineIsBoundary?: boolean;
  /**
   * A sentence longer than this many UTF-16 code units is cut after the last `，；、,;` or whitespace
   * that keeps the piece within the limit (or, with none, exactly at the limit, never between the two
   * halves of a surrogate pair). Default 512. `Infinity` turns cutting off.
   */
  maxLength?: number;
  /** `true`: `；` (and `;` between words) ends a sentence. Default `false`: news style uses `；` inside sentences. */
  semicolon?: boolean;
}
