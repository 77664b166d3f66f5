import { decodeHTMLStrict } from 'entities';
import type { Rule } from './rule.js';

/**
 * HTML character references left in scraped text (`&nbsp;` `&amp;` `&quot;` `&#x4e2d;`
 * `&#20013;`), decoded with the `entities` package. Only references closed by `;` are decoded:
 * the legacy forms without it (`&copy`) also occur inside URLs (`?a=1&copy=2`). Unknown names
 * stay as they are. Double-encoded text (`&amp;nbsp;`) is decoded until nothing changes, so that
 * normalising twice gives the same result as normalising once.
 */
export const entities: Rule = {
  pattern: /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
  replacer: () => (match) => decodeHTMLStrict(match),
  untilStable: true,
};
