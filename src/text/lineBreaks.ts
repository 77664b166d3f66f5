import type { Rule } from './rule.js';

/**
 * Every kind of line break becomes `\n`: Windows `\r\n`, old Mac `\r`, the Unicode line and
 * paragraph separators U+2028/U+2029 and NEL U+0085 (which some GBK-to-UTF-8 pipelines emit).
 */
export const lineBreaks: Rule = {
  pattern: /\r\n?|[\u2028\u2029\u0085]/g,
  replacer: () => () => '\n',
};
