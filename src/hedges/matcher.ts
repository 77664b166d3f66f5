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

/** Builds the matcher for `entries` (one regex, compiled here once) with the given slot patterns. */
export function compileMatcher(
  entries: readonly LexiconEntry[],
  slots: Readonly<Record<string, string>>,
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
    match(text: string): RawHit[] {
      const hits: RawHit[] = [];
      const re = regex;
      re.lastIndex = 0;
      let lastEnd = 0;
      let m: RegExpExecArray | null = re.exec(text);
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
          re.lastIndex = end;
        } else {
          // A cancelled frame is consumed whole ("没有媒体报道" must not leave "媒体报道" behind); a
          // cancelled literal may still hide another cue starting inside it.
          re.lastIndex = compiled?.entry.frame && end > m.index ? end : m.index + 1;
        }
        m = re.exec(text);
      }
      return hits;
    },
  };
}
