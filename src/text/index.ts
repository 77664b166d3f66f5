import { assertOptions, assertString } from '../errors.js';
import { OffsetMap } from '../span.js';
import { run, runWithMap } from './rule.js';
import { RULE_NAMES, RULES, type RuleName } from './rules.js';

export type { RuleName } from './rules.js';

/**
 * Switches for the rules of {@link normalizeText}. Every rule is on unless set to `false`.
 */
export interface NormalizeTextOptions {
  /** Decode HTML character references (`&nbsp;` `&amp;` `&#x4e2d;`); unknown names stay. */
  entities?: boolean;
  /** `\r\n`, `\r`, U+2028, U+2029 and U+0085 become `\n`. */
  lineBreaks?: boolean;
  /** Drop zero-width and control characters, BOM and soft hyphens (keeps ZWJ inside emoji). */
  invisible?: boolean;
  /** Full-width ASCII letters, digits and `＠＃％＆` become half-width. */
  fullWidth?: boolean;
  /** Unicode NFC (never NFKC). */
  nfc?: boolean;
  /** `...`, `......`, `。。。` and a lone `…` in Chinese text become `……`. */
  ellipsis?: boolean;
  /** Half-width `, ; : ? ! ( )` in Chinese text become `，；：？！（）`. */
  punctuation?: boolean;
  /** Remove white space at the start of a line (the `　　` paragraph indent). */
  indentation?: boolean;
  /** Remove white space between two Chinese characters. */
  cjkSpaces?: boolean;
  /** Remove trailing white space; collapse runs of spaces and tabs (and U+3000, NBSP) to one space. */
  whitespace?: boolean;
  /** Two or more blank lines in a row become one. */
  blankLines?: boolean;
}

/** The output of {@link normalizeTextWithMap}. */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** Carries offsets between the input (source) and {@link NormalizedText.text} (target). */
  map: OffsetMap;
}

/**
 * Character-level clean-up of Chinese news text: HTML entities decoded, line breaks unified,
 * invisible characters dropped, full-width letters and digits to half-width, NFC, ellipses to
 * `……`, half-width punctuation in Chinese text to full-width, indentation and stray spaces
 * between Chinese characters removed, runs of spaces collapsed, blank lines collapsed.
 * Every rule can be switched off by name. Idempotent: normalising the output again changes
 * nothing. Never throws on a string.
 *
 * @param text - the text to normalise.
 * @param options - rules to switch off, e.g. `{ punctuation: false }`.
 * @returns the normalised text.
 * @throws {TypeError} if `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * normalizeText('日前,朝鲜最高领导人金正恩 接见了ＡＰＰ用户&nbsp;...');
 * // → '日前，朝鲜最高领导人金正恩接见了APP用户……'
 * ```
 */
export function normalizeText(text: string, options?: NormalizeTextOptions): string {
  assertString(text, 'normalizeText', 'text');
  const enabled = enabledRules(options, 'normalizeText');
  let out = text;
  for (const [name, rule] of RULES) {
    if (enabled[name]) out = run(rule, out);
  }
  return out;
}

/**
 * {@link normalizeText}, with the {@link OffsetMap} from the input to the output, so that a span
 * found in the normalised text can be carried back to the raw input (and the other way round).
 *
 * @param text - the text to normalise.
 * @param options - rules to switch off, as for {@link normalizeText}.
 * @returns `{ text, map }`: the same text as `normalizeText(text, options)` and its map.
 * @throws {TypeError} if `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeTextWithMap('日前,金正恩 接见');
 * // text === '日前，金正恩接见'
 * const at = text.indexOf('接见');           // 6
 * map.toSource(at);                          // → 7: where 接见 starts in the input
 * map.spanToSource({ start: 2, end: 3 });    // → { start: 2, end: 3 }: the ',' it came from
 * ```
 */
export function normalizeTextWithMap(text: string, options?: NormalizeTextOptions): NormalizedText {
  assertString(text, 'normalizeTextWithMap', 'text');
  const enabled = enabledRules(options, 'normalizeTextWithMap');
  let out = text;
  let map = OffsetMap.identity(text.length);
  for (const [name, rule] of RULES) {
    if (!enabled[name]) continue;
    const step = runWithMap(rule, out);
    if (step.map.isIdentity) continue;
    out = step.text;
    map = map.compose(step.map);
  }
  return { text: out, map };
}

function enabledRules(options: NormalizeTextOptions | undefined, fn: string): Record<RuleName, boolean> {
  assertOptions(options, fn);
  const enabled = {} as Record<RuleName, boolean>;
  for (const name of RULE_NAMES) {
    const value = options?.[name];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`${fn}: expected options.${name} to be a boolean, got ${typeof value}`);
    }
    enabled[name] = value !== false;
  }
  return enabled;
}
