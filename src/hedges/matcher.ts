/**
 * Compiles a lexicon into one matcher: one alternative per frame, then every literal cue folded into
 * a prefix trie (so the engine tries each start position once instead of once per cue), tried only
 * where a cue can start and only with the alternatives that can start there (ADR 0076), plus the
 * per-entry cancelling checks that run only on a hit.
 * @internal
 */
import type { LexiconEntry } from './types.js';

/** A short gap inside one clause, as used by `…` in cancelling contexts. */
const CONTEXT_GAP = '[^，。！？；：,.!?;:…\\n]{0,15}';

/** A lexicon entry with its cancelling checks compiled. */
interface CompiledEntry {
  entry: LexiconEntry;
  /** Sticky regex tested at the cue's start; a hit means one of the cancelling contexts applies. */
  contexts: RegExp | null;
}

/** A raw hit: the cue's span, its entry, and the span of its `{source}` slot when it has one. */
export interface RawHit {
  start: number;
  end: number;
  entry: LexiconEntry;
  source?: { start: number; end: number };
}

/** A compiled lexicon. */
export interface Matcher {
  /** The source of the one regular expression. */
  readonly source: string;
  /** Every cue in `text`, left to right, non-overlapping, with cancelled look-alikes dropped. */
  match(text: string): RawHit[];
}

const SOURCE_SLOT = '{source}';

/** Escapes a literal for use inside a regular expression. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A slot that is a plain list of words (`a|b|c`), which can be folded into a trie. */
const WORD_LIST = /^[^\\()[\]{}?*+.^$]+$/;

/**
 * Expands `{slot}` placeholders recursively; `{source}` becomes the only capturing group. Word-list
 * slots are folded into a trie, so the engine tests one character per branch, not every word: a
 * prefix trie where the pattern is matched forwards, a suffix trie (`backward`) where it sits in a
 * lookbehind, which the engine matches from right to left.
 */
function expandSlots(
  template: string,
  slots: Readonly<Record<string, string>>,
  backward = false,
  depth = 0,
): string {
  if (depth > 4) throw new Error(`hedges: slot nesting too deep in ${template}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const body = slots[name];
    if (body === undefined) throw new Error(`hedges: unknown slot {${name}} in ${template}`);
    const expanded = WORD_LIST.test(body)
      ? trieRegExp(body.split('|'), backward)
      : expandSlots(body, slots, backward, depth + 1);
    return name === 'source' && depth === 0 ? `(${expanded})` : `(?:${expanded})`;
  });
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * A regex alternation of `words` shaped like their prefix trie, or with `backward` like their suffix
 * trie (the shape a right-to-left match rejects in one character per branch); longer words win
 * (greedy) either way.
 * @internal
 */
export function trieRegExp(words: readonly string[], backward = false): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of backward ? [...word].reverse() : word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { terminal: false, children: new Map() };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([ch, child]) =>
      backward ? emit(child) + escapeRegExp(ch) : escapeRegExp(ch) + emit(child),
    );
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.terminal) return body;
    // `?` binds to one code unit: a bare `x?` only for one (escaped or not), never a surrogate pair.
    const oneUnit = body.length === 1 || (body.length === 2 && body[0] === '\\');
    return branches.length === 1 && [...node.children.values()][0]!.children.size === 0 && oneUnit
      ? `${body}?`
      : `(?:${body})?`;
  };
  return emit(root);
}

/**
 * Compiles the cancelling contexts of a literal entry into one sticky regex tested at the cue. A
 * cue with many contexts is tested at every hit, so the contexts are grouped by shape: those with
 * only a left part share one lookbehind and those with only a right part one lookahead (plain words
 * folded into a suffix or a prefix trie), and only contexts with both parts get an alternative each.
 */
function compileContexts(entry: LexiconEntry): RegExp | null {
  const contexts = entry.cancelContexts ?? [];
  if (contexts.length === 0) return null;
  const cue = escapeRegExp(entry.cue);
  const part = (s: string) => s.split('…').map(escapeRegExp).join(CONTEXT_GAP);
  // Plain words as a trie, anything with a gap as its own alternative.
  const union = (words: string[], backward: boolean) => {
    const plain = words.filter((w) => !w.includes('…'));
    const gapped = words.filter((w) => w.includes('…')).map(part);
    return [...(plain.length > 0 ? [trieRegExp(plain, backward)] : []), ...gapped].join('|');
  };
  const leftOnly: string[] = [];
  const rightOnly: string[] = [];
  const alternatives: string[] = [];
  for (const context of contexts) {
    const at = context.indexOf(entry.cue);
    if (at < 0) throw new Error(`hedges: context "${context}" does not contain its cue "${entry.cue}"`);
    const left = context.slice(0, at);
    const right = context.slice(at + entry.cue.length);
    if (!left) rightOnly.push(right);
    else if (!right) leftOnly.push(left);
    // The lookahead first: most contexts fail on the text after the cue at once.
    else alternatives.push(`(?=${cue}${part(right)})(?<=${part(left)})`);
  }
  // A context that is the cue itself cancels every occurrence.
  if (rightOnly.includes('')) return /(?:)/y;
  if (rightOnly.length > 0) alternatives.unshift(`(?=${cue}(?:${union(rightOnly, false)}))`);
  if (leftOnly.length > 0) alternatives.unshift(`(?<=${union(leftOnly, true)})`);
  return new RegExp(alternatives.join('|'), 'y');
}

/** True when `text` has one of `needles` ending exactly at `pos`. */
function endsWithAny(text: string, pos: number, needles: readonly string[] | undefined): boolean {
  if (!needles) return false;
  for (const n of needles) if (pos >= n.length && text.startsWith(n, pos - n.length)) return true;
  return false;
}

/** True when `text` has one of `needles` starting exactly at `pos`. */
function startsWithAny(text: string, pos: number, needles: readonly string[] | undefined): boolean {
  if (!needles) return false;
  for (const n of needles) if (text.startsWith(n, pos)) return true;
  return false;
}

// Thrown inside firstCodeUnits when the source holds syntax it does not read.
const FAIL = Symbol('unreadable');

/**
 * The code units a match of a regular expression (without the `u`, `i`, `m` or `s` flag) can start
 * with, read from its source, as a table indexed by code unit; `null` when the pattern can match
 * the empty string (a match could start anywhere) or holds syntax this reader does not know
 * (back-references, named groups, `\x41`…): the caller then runs the regex everywhere. Over, never
 * under: lookarounds are skipped rather than intersected, and `.`, a negated class or a class
 * escape (`\s`) where a match can start puts every code unit in the table. Reads what the lexicon
 * compiles to: literals, groups, lookarounds, classes, `\uXXXX`, `\n`, quantifiers.
 * @internal
 */
export function firstCodeUnits(source: string): Uint8Array | null {
  const set = new Uint8Array(0x10000);
  let i = 0;
  const fail = (): never => {
    throw FAIL;
  };
  // Each returns whether what it read can match the empty string; it adds its first code units to
  // `set` only when `collect` is true (the part is reachable as the start of a match).
  function alternation(collect: boolean): boolean {
    let nullable = sequence(collect);
    while (source[i] === '|') {
      i++;
      if (sequence(collect)) nullable = true;
    }
    return nullable;
  }
  function sequence(collect: boolean): boolean {
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const itemNullable = item(collect && nullable);
      if (!itemNullable) nullable = false;
    }
    return nullable;
  }
  function item(collect: boolean): boolean {
    let nullable = atom(collect);
    let quantified = true;
    const c = source[i];
    if (c === '?' || c === '*') {
      i++;
      nullable = true;
    } else if (c === '+') {
      i++;
    } else {
      const m = c === '{' ? /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24)) : null;
      if (m) {
        i += m[0].length;
        if (Number(m[1]) === 0) nullable = true;
      } else {
        quantified = false;
      }
    }
    // A lazy quantifier (`??`, `{0,4}?`) matches the same starts.
    if (quantified && source[i] === '?') i++;
    return nullable;
  }
  function atom(collect: boolean): boolean {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
        i += 2;
        zeroWidth = true;
      } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
        i += 3;
        zeroWidth = true;
      } else if (source[i] === '?') fail();
      const nullable = alternation(collect && !zeroWidth);
      if (source[i] !== ')') fail();
      i++;
      return zeroWidth ? true : nullable;
    }
    if (c === '[') return charClass(collect);
    if (c === '\\') {
      i++;
      const e = source[i]!;
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        if (collect) set[Number.parseInt(source.slice(i + 1, i + 5), 16)] = 1;
        i += 5;
        return false;
      }
      if (e === 'n' || e === 't' || e === 'r') {
        if (collect) set[e === 'n' ? 10 : e === 't' ? 9 : 13] = 1;
        i++;
        return false;
      }
      if (e === 'b' || e === 'B') {
        i++;
        return true;
      }
      if (/[\\/^$.*+?()[\]{}|-]/.test(e)) {
        if (collect) set[e.charCodeAt(0)] = 1;
        i++;
        return false;
      }
      if (/[sSdDwW]/.test(e)) {
        // A class escape: any code unit, as far as this reader is concerned.
        if (collect) set.fill(1);
        i++;
        return false;
      }
      return fail();
    }
    if (c === '^' || c === '$') {
      i++;
      return true;
    }
    if (c === '.') {
      if (collect) set.fill(1);
      i++;
      return false;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') fail();
    if (collect) set[c.charCodeAt(0)] = 1;
    i++;
    return false;
  }
  // A code unit of a class, or -1 for a class escape (\s, \d, \w and their negations).
  function classChar(): number {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1]!;
      if (/[sSdDwW]/.test(e)) {
        i += 2;
        return -1;
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        i += 6;
        return Number.parseInt(source.slice(i - 4, i), 16);
      }
      if (e === 'n' || e === 't' || e === 'r') {
        i += 2;
        return e === 'n' ? 10 : e === 't' ? 9 : 13;
      }
      if (/[\\/^$.*+?()[\]{}|-]/.test(e)) {
        i += 2;
        return e.charCodeAt(0);
      }
      return fail();
    }
    i++;
    return c.charCodeAt(0);
  }
  function charClass(collect: boolean): boolean {
    i++;
    // A negated class, or one with a class escape, may start with nearly anything: all code units.
    let any = source[i] === '^';
    if (any) i++;
    while (i < source.length && source[i] !== ']') {
      const lo = classChar();
      let hi = lo;
      if (source[i] === '-' && source[i + 1] !== ']') {
        i++;
        hi = classChar();
      }
      if (lo < 0 || hi < 0) any = true;
      else if (collect) set.fill(1, lo, hi + 1);
    }
    if (collect && any) set.fill(1);
    if (source[i] !== ']') fail();
    i++;
    return false;
  }
  try {
    const nullable = alternation(true);
    if (i !== source.length || nullable) return null;
    return set;
  } catch (error) {
    if (error === FAIL) return null;
    throw error;
  }
}

/** One alternative of the matcher's regex: a frame's pattern, or the trie of every literal cue. */
interface Part {
  source: string;
  /** Capturing groups in `source` (a frame's own group, then its `{source}` slot's). */
  groups: number;
  frame?: CompiledEntry;
  hasSource?: boolean;
}

/** A regex joining some parts, and where each of its frames' groups are. */
interface Plan {
  regex: RegExp;
  frames: { compiled: CompiledEntry; group: number; sourceGroup: number }[];
}

interface Found {
  m: RegExpExecArray;
  plan: Plan;
}

/** Joins `parts` in order into one regex (`d`: indices give the `{source}` group's exact span). */
function planOf(parts: readonly Part[], flags: string): Plan {
  const frames: Plan['frames'] = [];
  let group = 1;
  for (const part of parts) {
    if (part.frame)
      frames.push({ compiled: part.frame, group, sourceGroup: part.hasSource ? group + 1 : -1 });
    group += part.groups;
  }
  // An empty lexicon matches nothing.
  const source = parts.length > 0 ? parts.map((p) => p.source).join('|') : '(?!)';
  return { regex: new RegExp(source, flags), frames };
}

/**
 * For each code unit, the sticky plan of the parts a match can start with there (built on first
 * use and shared by every code unit with the same parts), or `undefined` where no match can start;
 * `null` when a part can start anywhere (then only the plain global regex is correct).
 */
function dispatchTable(parts: readonly Part[]): ((codeUnit: number) => Plan | undefined) | null {
  const starts: (number[] | undefined)[] = new Array(0x10000);
  for (const [index, part] of parts.entries()) {
    const first = firstCodeUnits(part.source);
    if (!first) return null;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (first[unit] === 0) continue;
      const list = starts[unit];
      if (list) list.push(index);
      else starts[unit] = [index];
    }
  }
  const plans = new Map<string, Plan>();
  const table: (Plan | undefined)[] = new Array(0x10000);
  return (unit) => {
    const cached = table[unit];
    if (cached !== undefined) return cached;
    const list = starts[unit];
    if (!list) return undefined;
    const key = list.join(',');
    let plan = plans.get(key);
    if (!plan) {
      plan = planOf(
        list.map((i) => parts[i]!),
        'yd',
      );
      plans.set(key, plan);
    }
    table[unit] = plan;
    return plan;
  };
}

/**
 * Splits a pattern into what comes before its last top-level group and that group
 * (`"(?:{adverb}){0,2}(?:{report})"` → `["(?:{adverb}){0,2}", "(?:{report})"]`); a pattern that does not
 * end with a group (or ends with a quantified one) is all anchor (`["", pattern]`). Either way the
 * frame matches the same text: the split only decides where the match is anchored.
 */
function splitLastGroup(pattern: string): [string, string] {
  // Read forwards, so that escapes (`\)`) and classes (`[)]`) are skipped; remember where each
  // top-level group opens, and split at the last one if it is what ends the pattern.
  let depth = 0;
  let inClass = false;
  let lastTopLevelOpen = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (depth === 0) lastTopLevelOpen = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && i === pattern.length - 1 && lastTopLevelOpen >= 0) {
        return [pattern.slice(0, lastTopLevelOpen), pattern.slice(lastTopLevelOpen)];
      }
    }
  }
  return ['', pattern];
}

/**
 * Builds the matcher for `entries` with the given slot patterns, compiled here once (the sticky
 * regex for each first code unit on first use). `prefilter: false` runs the one global regex at
 * every position instead (for tests that compare the two).
 */
export function compileMatcher(
  entries: readonly LexiconEntry[],
  slots: Readonly<Record<string, string>>,
  { prefilter = true }: { prefilter?: boolean } = {},
): Matcher {
  // One alternative per frame, then one for every literal folded into a trie; each knows how many
  // capturing groups it holds, so any subset of them can be joined into a regex with its own group
  // numbers.
  const parts: Part[] = [];
  const literals = new Map<string, CompiledEntry>();
  for (const entry of entries) {
    const compiled: CompiledEntry = { entry, contexts: entry.frame ? null : compileContexts(entry) };
    if (entry.frame) {
      // A frame that opens with its source ("{source}表示") is matched from the verb that ends it,
      // with the source and whatever sits between (adverbs, a date, an addressee) checked by a
      // lookbehind: verbs are a short word list the engine dispatches on in one step, while trying
      // every source word at every position would cost most of the scan, and adverbs (也, 一再, 今天)
      // start with characters so common that matching from them would run the regex almost everywhere.
      // The lookahead first makes the (costlier, backwards) source check run only where a verb is.
      let body = expandSlots(entry.frame, slots);
      if (entry.frame.startsWith(SOURCE_SLOT)) {
        const [between, verb] = splitLastGroup(entry.frame.slice(SOURCE_SLOT.length));
        const anchor = expandSlots(verb, slots);
        body = `(?=${anchor})(?<=${expandSlots(SOURCE_SLOT + between, slots, true)})${anchor}`;
      }
      const groups = new RegExp(`${body}|`).exec('')!.length - 1;
      parts.push({
        source: `(${body})`,
        groups: 1 + groups,
        frame: compiled,
        hasSource: entry.frame.includes(SOURCE_SLOT),
      });
    } else if (entry.cue.length > 0) {
      literals.set(entry.cue, compiled);
    }
  }
  if (literals.size > 0) parts.push({ source: trieRegExp([...literals.keys()]), groups: 0 });
  const all = planOf(parts, 'gd');
  const { source } = all.regex;

  // Only about one character in nine of news text can start a cue, yet the global regex costs
  // about as much at every other position (measured: ~35 ns a character on the fixture, however
  // few cues). So a table of the code units a match can start with picks the positions, and there
  // a sticky regex of only the alternatives that can start with that code unit is tried: the same
  // leftmost match, without trying some forty frames that cannot match at a common character
  // (ADR 0059, ADR 0076).
  const dispatch = prefilter ? dispatchTable(parts) : null;

  // The leftmost match starting at or after `from`, as `regex.exec` with `lastIndex = from` finds it,
  // with the plan (regex and group numbers) that found it.
  function next(text: string, from: number): Found | null {
    if (!dispatch) {
      all.regex.lastIndex = from;
      const m = all.regex.exec(text);
      return m && { m, plan: all };
    }
    for (let i = from; i < text.length; i++) {
      const plan = dispatch(text.charCodeAt(i));
      if (plan === undefined) continue;
      plan.regex.lastIndex = i;
      const m = plan.regex.exec(text);
      if (m !== null) return { m, plan };
    }
    return null;
  }

  function cancelled(text: string, start: number, end: number, c: CompiledEntry): boolean {
    const { entry } = c;
    if (endsWithAny(text, start, entry.cancelBefore)) return true;
    if (startsWithAny(text, end, entry.cancelAfter)) return true;
    if (entry.requireAfter && !startsWithAny(text, end, entry.requireAfter)) return true;
    if (entry.requireBefore && !endsWithAny(text, start, entry.requireBefore)) return true;
    if (c.contexts) {
      c.contexts.lastIndex = start;
      if (c.contexts.test(text)) return true;
    }
    return false;
  }

  return {
    source,
    match(text: string): RawHit[] {
      const hits: RawHit[] = [];
      let lastEnd = 0;
      let found = next(text, 0);
      let from: number;
      while (found !== null) {
        const { m, plan } = found;
        let start = m.index;
        const end = start + m[0].length;
        let hit: RawHit | null = null;
        let compiled: CompiledEntry | undefined;
        for (const f of plan.frames) {
          if (m[f.group] === undefined) continue;
          compiled = f.compiled;
          hit = { start, end, entry: f.compiled.entry };
          const span = f.sourceGroup > 0 ? m.indices?.[f.sourceGroup] : undefined;
          if (span) {
            hit.source = { start: span[0], end: span[1] };
            // A source found by lookbehind starts the cue.
            if (span[0] < start) start = hit.start = span[0];
          }
          break;
        }
        if (!compiled) {
          compiled = literals.get(m[0]);
          if (compiled) hit = { start, end, entry: compiled.entry };
        }
        if (hit && compiled && end > start && start >= lastEnd && !cancelled(text, start, end, compiled)) {
          hits.push(hit);
          lastEnd = end;
          from = end;
        } else {
          // A cancelled frame is consumed whole ("没有媒体报道" must not leave "媒体报道" behind); a
          // cancelled literal may still hide another cue starting inside it.
          from = compiled?.entry.frame && end > m.index ? end : m.index + 1;
        }
        found = next(text, from);
      }
      return hits;
    },
  };
}
