/**
 * Compiles a lexicon into one matcher: a single global regular expression (frames first, then every
 * literal cue folded into a prefix trie, so the engine tries each start position once instead of
 * once per cue), plus the per-entry cancelling checks that run only on a hit.
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
 * slots are folded into a prefix trie, so the engine tests one character per branch, not every word.
 */
function expandSlots(template: string, slots: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 4) throw new Error(`hedges: slot nesting too deep in ${template}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const body = slots[name];
    if (body === undefined) throw new Error(`hedges: unknown slot {${name}} in ${template}`);
    const expanded = WORD_LIST.test(body) ? trieRegExp(body.split('|')) : expandSlots(body, slots, depth + 1);
    return name === 'source' && depth === 0 ? `(${expanded})` : `(?:${expanded})`;
  });
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/** A regex alternation of `words` shaped like their prefix trie; longer words win (greedy). */
function trieRegExp(words: readonly string[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
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
    const branches = [...node.children].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.terminal) return body;
    return branches.length === 1 && [...node.children.values()][0]!.children.size === 0 && body.length <= 2
      ? `${body}?`
      : `(?:${body})?`;
  };
  return emit(root);
}

/** Compiles the cancelling contexts of a literal entry into one sticky regex tested at the cue. */
function compileContexts(entry: LexiconEntry): RegExp | null {
  const contexts = entry.cancelContexts ?? [];
  if (contexts.length === 0) return null;
  const cue = escapeRegExp(entry.cue);
  const alternatives = contexts.map((context) => {
    const at = context.indexOf(entry.cue);
    if (at < 0) throw new Error(`hedges: context "${context}" does not contain its cue "${entry.cue}"`);
    const part = (s: string) => s.split('…').map(escapeRegExp).join(CONTEXT_GAP);
    const left = part(context.slice(0, at));
    const right = part(context.slice(at + entry.cue.length));
    // The lookahead first: most contexts fail on the text after the cue at once.
    return `(?=${cue}${right})${left ? `(?<=${left})` : ''}`;
  });
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

/**
 * Builds the matcher for `entries` (one regex, compiled here once) with the given slot patterns.
 * `prefilter: false` turns off the first-code-unit prefilter (for tests that compare the two).
 */
export function compileMatcher(
  entries: readonly LexiconEntry[],
  slots: Readonly<Record<string, string>>,
  { prefilter = true }: { prefilter?: boolean } = {},
): Matcher {
  const frames: { compiled: CompiledEntry; group: number; sourceGroup: number }[] = [];
  const literals = new Map<string, CompiledEntry>();
  const parts: string[] = [];
  let group = 1;
  for (const entry of entries) {
    const compiled: CompiledEntry = { entry, contexts: entry.frame ? null : compileContexts(entry) };
    if (entry.frame) {
      // A frame that opens with its source ("{source}表示") is matched from the verb that follows,
      // with the source checked by a lookbehind: verbs are a short word list the engine dispatches on
      // in one step, while trying every source word at every position would cost most of the scan.
      // The lookahead first makes the (costlier, backwards) source check run only where a verb is.
      let body = expandSlots(entry.frame, slots);
      if (entry.frame.startsWith(SOURCE_SLOT)) {
        const rest = expandSlots(entry.frame.slice(SOURCE_SLOT.length), slots);
        body = `(?=${rest})(?<=${expandSlots(SOURCE_SLOT, slots)})${rest}`;
      }
      const hasSource = entry.frame.includes(SOURCE_SLOT);
      frames.push({ compiled, group, sourceGroup: hasSource ? group + 1 : -1 });
      parts.push(`(${body})`);
      group += 1 + new RegExp(`${body}|`).exec('')!.length - 1;
    } else if (entry.cue.length > 0) {
      literals.set(entry.cue, compiled);
    }
  }
  if (literals.size > 0) parts.push(trieRegExp([...literals.keys()]));
  // An empty lexicon matches nothing.
  const source = parts.length > 0 ? parts.join('|') : '(?!)';
  // `d` (indices) gives the exact span of the `{source}` group; hits are rare, so its cost is too.
  const regex = new RegExp(source, 'gd');
  // Only about one character in nine of news text can start a cue, yet the global regex costs
  // about as much at every other position (measured: ~35 ns a character on the fixture, however
  // few cues). So a table of the code units a match can start with picks the positions, and a
  // sticky copy of the regex is tried only there: the same leftmost match, about three times
  // faster (ADR 0059).
  const first = prefilter ? firstCodeUnits(source) : null;
  const sticky = first ? new RegExp(source, 'yd') : null;

  // The leftmost match starting at or after `from`, as `regex.exec` with `lastIndex = from` finds it.
  function next(text: string, from: number): RegExpExecArray | null {
    if (!first || !sticky) {
      regex.lastIndex = from;
      return regex.exec(text);
    }
    for (let i = from; i < text.length; i++) {
      if (first[text.charCodeAt(i)] === 0) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m !== null) return m;
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
      let m: RegExpExecArray | null = next(text, 0);
      let from: number;
      while (m !== null) {
        let start = m.index;
        const end = start + m[0].length;
        let hit: RawHit | null = null;
        let compiled: CompiledEntry | undefined;
        for (const f of frames) {
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
        m = next(text, from);
      }
      return hits;
    },
  };
}
