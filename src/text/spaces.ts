import { HSPACE_SOURCE, isChineseAfter, isChineseBefore } from './chars.js';
import type { Rule } from './rule.js';

/**
 * Indentation at the start of a line: the `　　` (two ideographic spaces) that Chinese
 * paragraphs start with, and any other horizontal white space before a line's first character.
 */
export const indentation: Rule = {
  pattern: new RegExp(`^[${HSPACE_SOURCE}]+`, 'gmu'),
  replacer: () => () => '',
};

/**
 * White space that a scraper left between two Chinese characters (`金正恩 接见` → `金正恩接见`,
 * `官， 坚定` → `官，坚定`). Chinese is written without spaces, so these come from line
 * wrapping or markup. A space between Chinese and Latin letters or digits (`iPhone 15 发布`)
 * is a writer's choice and stays.
 */
export const cjkSpaces: Rule = {
  // Neighbours are checked in the replacer: a lookbehind on every position is far slower.
  pattern: new RegExp(`[${HSPACE_SOURCE}]+`, 'gu'),
  replacer: (text) => (match, index) =>
    isChineseBefore(text, index) && isChineseAfter(text, index + match.length) ? '' : match,
};

/** White space at the end of a line. */
export const trailingSpaces: Rule = {
  pattern: new RegExp(`[${HSPACE_SOURCE}]+$`, 'gmu'),
  replacer: () => () => '',
};

/**
 * Runs of spaces and tabs, and the other Unicode spaces (no-break space from `&nbsp;`, the
 * ideographic space U+3000, thin and em spaces), become one ASCII space.
 */
export const collapseSpaces: Rule = {
  pattern: new RegExp(`[${HSPACE_SOURCE}]{2,}|[${HSPACE_SOURCE.replace(' ', '')}]`, 'gu'),
  replacer: () => () => ' ',
};

/** Three or more line breaks in a row (two or more blank lines) become one blank line. */
export const blankLines: Rule = {
  pattern: /\n{3,}/g,
  replacer: () => () => '\n\n',
};
