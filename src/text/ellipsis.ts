import { ChineseContext, HSPACE_SOURCE } from './chars.js';
import type { Rule } from './rule.js';

const ELLIPSIS = '(?:…|\\.{3,}|。{3,})';

/**
 * In Chinese text, the ellipsis is the two-character `……`. Scrapers and writers produce
 * `...`, `......`, `。。。`, a lone `…` or longer runs; all become `……`. In Latin-script text
 * (`Wait... what`) they are left alone. Two dots are not an ellipsis. The Taiwan and Hong Kong
 * form `⋯⋯` (U+22EF) is a regional convention and is kept.
 */
export const ellipsis: Rule = {
  // A run mixing forms (`……。。。`), or two ellipses with only spaces between them, is one
  // ellipsis: the spaces would go anyway (they stand between Chinese characters).
  pattern: new RegExp(`${ELLIPSIS}(?:[${HSPACE_SOURCE}]*${ELLIPSIS})*`, 'gu'),
  replacer: (text) => {
    const context = new ChineseContext(text);
    return (match, index) => (context.isChinese(index, index + match.length) ? '……' : match);
  },
};
