/**
 * The shape of a normalisation rule, and the two ways of running one: building an
 * {@link OffsetMap} as it goes, or producing the text alone (the fast path of `normalizeText`).
 * @internal
 */
import { OffsetMap, replaceWithMap } from '../span.js';

/** Rewrites one match, found at `index` in the text the rule runs over. */
export type Replace = (match: string, index: number) => string;

/**
 * One rule: a global pattern whose matches are rewritten. `replacer` is called once per run of
 * the rule with the whole text, and returns the function that rewrites one match; a rule that
 * needs context (the characters around a match) keeps its state there.
 * Each match should be only the text that changes, so that the offset map stays precise.
 * Patterns use no capture groups (`(?:…)` only): `run` hands the replacer to `String#replace`,
 * which passes the match offset right after the match only when there are none.
 */
export interface Rule {
  pattern: RegExp;
  replacer: (text: string) => Replace;
  /** Run again until nothing changes (for rewrites that can uncover new matches). */
  untilStable?: boolean;
  /** A cheap test that the rule would change nothing, checked before the pattern is run. */
  wouldNotChange?: (text: string) => boolean;
}

/** Runs `rule` over `text`, returning the output and the map from `text` to it. */
export function runWithMap(rule: Rule, text: string): { text: string; map: OffsetMap } {
  if (rule.wouldNotChange?.(text)) return { text, map: OffsetMap.identity(text.length) };
  let result = replaceWithMap(text, rule.pattern, rule.replacer(text));
  while (rule.untilStable && !result.map.isIdentity) {
    const again = replaceWithMap(result.text, rule.pattern, rule.replacer(result.text));
    if (again.map.isIdentity) break;
    result = { text: again.text, map: result.map.compose(again.map) };
  }
  return result;
}

/** Runs `rule` over `text` and returns only the output. */
export function run(rule: Rule, text: string): string {
  if (rule.wouldNotChange?.(text)) return text;
  for (;;) {
    const replace = rule.replacer(text);
    // Without capture groups, String#replace calls back with (match, offset, string): the
    // rule's own function fits as it is.
    const out = text.replace(rule.pattern, replace as (match: string, ...rest: unknown[]) => string);
    if (!rule.untilStable || out === text) return out;
    text = out;
  }
}
