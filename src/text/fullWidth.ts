import type { Rule } from './rule.js';

/**
 * Full-width ASCII letters and digits, and `＠＃％＆`, become half-width (`２０２４年` → `2024年`,
 * `ＡＰＰ` → `APP`): they are the same characters typed in a CJK input mode, and search,
 * numbers and dates need the ASCII forms. Full-width punctuation such as `，！？（）` is Chinese
 * punctuation and stays; the ideographic space is handled with the other spaces.
 */
export const fullWidth: Rule = {
  pattern: /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF20\uFF03\uFF05\uFF06]+/g,
  replacer: () => (match) => {
    let out = '';
    for (let i = 0; i < match.length; i++) out += String.fromCharCode(match.charCodeAt(i) - FULL_TO_HALF);
    return out;
  },
};

// Distance between a full-width form (U+FF01–FF5E) and its ASCII counterpart.
const FULL_TO_HALF = 0xfee0;
