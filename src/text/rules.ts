/**
 * The normalisation rules in the order they run, each under the option name that switches it.
 * The order matters for idempotence: every rule runs after the rules whose output it must see
 * (entities first, because a decoded `&nbsp;` is a space and `&#xFF21;` a full-width letter;
 * NFC after the removals and width changes that can leave a mark next to a new base letter;
 * spaces last, after punctuation has become full-width).
 * @internal
 */
import { ellipsis } from './ellipsis.js';
import { entities } from './entities.js';
import { fullWidth } from './fullWidth.js';
import { invisible } from './invisible.js';
import { lineBreaks } from './lineBreaks.js';
import { punctuation } from './punctuation.js';
import type { Rule } from './rule.js';
import { blankLines, cjkSpaces, collapseSpaces, indentation, trailingSpaces } from './spaces.js';
import { nfc } from './unicodeNfc.js';

/** Names of the rules, as used in {@link NormalizeTextOptions}. */
export const RULE_NAMES = [
  'entities',
  'lineBreaks',
  'invisible',
  'fullWidth',
  'nfc',
  'ellipsis',
  'punctuation',
  'indentation',
  'cjkSpaces',
  'whitespace',
  'blankLines',
] as const;

/** The name of one normalisation rule. */
export type RuleName = (typeof RULE_NAMES)[number];

/**
 * Rules in running order; `whitespace` is two passes (trailing spaces, then runs of spaces).
 * One input remains that needs two runs: an entity-encoded invisible character inside another
 * entity's name (`&am&#8203;p;`), which no real text contains.
 */
export const RULES: readonly (readonly [RuleName, Rule])[] = [
  // Invisible characters go before entities are decoded (`&copy\u0007;` must not survive as an
  // entity on the first pass and decode on the second) and again after (`&#8203;` is a ZWSP).
  ['invisible', invisible],
  ['entities', entities],
  ['lineBreaks', lineBreaks],
  ['invisible', invisible],
  ['fullWidth', fullWidth],
  ['nfc', nfc],
  ['ellipsis', ellipsis],
  ['punctuation', punctuation],
  ['indentation', indentation],
  ['whitespace', trailingSpaces],
  ['cjkSpaces', cjkSpaces],
  ['whitespace', collapseSpaces],
  ['blankLines', blankLines],
];
