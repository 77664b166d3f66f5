import type { Rule } from './rule.js';

/**
 * Invisible characters that scrapers carry over and that break matching and counting:
 * - C0 controls other than `\t`, `\n` (and `\r`, which the line-break rule owns), DEL, C1 controls;
 * - zero-width space U+200B, zero-width non-joiner U+200C, word joiner and invisible operators
 *   U+2060–2064, BOM / zero-width no-break space U+FEFF, soft hyphen U+00AD, Mongolian vowel
 *   separator U+180E, left-to-right and right-to-left marks U+200E/U+200F;
 * - the zero-width joiner U+200D, except between two emoji, where it builds one emoji
 *   (👨‍👩‍👧) and must stay.
 * Bidirectional embeddings and isolates (U+202A–202E, U+2066–2069) are kept: they change how
 * right-to-left text displays.
 */
export const invisible: Rule = {
  pattern:
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g,
  replacer: (text) => (match, index) => (match === '\u200D' && joinsEmoji(text, index) ? match : ''),
};

const EMOJI_BEFORE_JOINER = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI_AFTER_JOINER = /^\p{Extended_Pictographic}/u;

function joinsEmoji(text: string, index: number): boolean {
  return (
    EMOJI_BEFORE_JOINER.test(text.slice(Math.max(0, index - 2), index)) &&
    EMOJI_AFTER_JOINER.test(text.slice(index + 1, index + 3))
  );
}
