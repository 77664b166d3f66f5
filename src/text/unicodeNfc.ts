import type { Rule } from './rule.js';

/**
 * Unicode NFC, so that the same text is the same string (`é` as one code point, not `e` +
 * U+0301; compatibility ideographs such as U+F900 as their unified form). Never NFKC: it would
 * also turn Chinese punctuation into ASCII (`，` → `,`) and `①` into `1`.
 *
 * NFC is applied to the stretches that can change and no others, so the offset map stays
 * precise: a stretch is a run of characters outside the NFC-stable set below, together with the
 * character before it (a combining mark composes with the letter it follows). The stable set is
 * ASCII and the CJK blocks where no character decomposes or composes: splitting before them
 * gives the same result as normalising the whole text.
 */
export const nfc: Rule = {
  // CJK Symbols and Punctuation except the combining tone marks U+302A–302F; CJK Unified
  // Ideographs and Extension A; full-width and half-width forms.
  pattern: /[\s\S]?[^\t\n\r\u0020-\u007E\u3000-\u3029\u3030-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]+/g,
  replacer: () => (match) => match.normalize('NFC'),
  // Most text is already NFC, and the engine checks that far faster than the pattern runs.
  wouldNotChange: (text) => text.normalize('NFC') === text,
};
