/**
 * The conversion engine: OpenCC's semantics as opencc-js implements them, with our own
 * matcher.
 *
 * A conversion (one OpenCC configuration) is:
 * 1. a normalisation pass (CJK Compatibility Ideographs to their unified forms) over the text;
 * 2. optionally a segmentation: a longest-match pass that cuts the text into dictionary
 *    phrases and the runs of text between them;
 * 3. a chain of conversion steps, each a longest-match pass over one group of dictionaries,
 *    applied to each segment on its own (or to the whole text without segmentation), each step
 *    reading the previous step's output.
 *
 * Step 3 applied to a segment depends only on the segment's text, so the result for each
 * dictionary phrase is computed once and cached. Between phrases, the runs are converted step
 * by step in one walk whenever no later step can match across characters there (checked per
 * character and cached); otherwise the run falls back to the literal step-by-step conversion.
 * @internal
 */
import type { OffsetMap } from '../span.js';
import { Sink } from './sink.js';
import { isIdsOperator, unmatchedLength } from './text-walk.js';
import { type DictLike, Trie } from './trie.js';

/** One OpenCC configuration, resolved to dictionary groups. */
export interface ConversionPlan {
  /** Groups applied to the whole text first (opencc-js's `normalizationChain`), if any. */
  normalization: readonly (readonly DictLike[])[] | null;
  /** Dictionaries that cut the text into segments before conversion, if any. */
  segmentation: readonly DictLike[] | null;
  /** The conversion steps, in order; each is one group of dictionaries. */
  chain: readonly (readonly DictLike[])[];
}

// Marks a cached result that cannot be computed character by character.
const SLOW = false;
type Cached = string | null | typeof SLOW | undefined;

/** A built conversion: tries for every step and caches of composed results. */
export class Converter {
  readonly #normalization: Trie[];
  readonly #segmenter: Trie | null;
  readonly #steps: Trie[];
  // Final output of each segmentation phrase (by value index); null when unchanged.
  readonly #phraseFinal: Cached[];
  // Output of the later steps for the value of each first-step key; null when unchanged.
  readonly #firstStepFinal: Cached[];
  // Output of the later steps for a character the first step leaves alone (BMP, astral).
  readonly #charFinal: Cached[];
  readonly #astralFinal = new Map<number, Cached>();

  constructor(plan: ConversionPlan) {
    this.#normalization = (plan.normalization ?? []).map((group) => Trie.fromGroup(group));
    this.#segmenter = plan.segmentation ? Trie.fromGroup(plan.segmentation) : null;
    this.#steps = plan.chain.map((group) => Trie.fromGroup(group));
    this.#phraseFinal = new Array(this.#segmenter?.values.length ?? 0).fill(undefined);
    this.#firstStepFinal = new Array(this.#steps[0]?.values.length ?? 0).fill(undefined);
    this.#charFinal = new Array(0x10000).fill(undefined);
  }

  /** The trie of the first longest-match pass (the one user overrides compete with). */
  get firstPass(): Trie | null {
    return this.#segmenter ?? this.#steps[0] ?? null;
  }

  /** Applies the normalisation pass; returns the same string when it changes nothing. */
  normalize(text: string, withMap: boolean): { text: string; map: OffsetMap | null } {
    let out = text;
    let map: OffsetMap | null = null;
    for (const step of this.#normalization) {
      const sink = new Sink(out, withMap);
      applyStep(step, out, 0, out.length, sink);
      if (!withMap) {
        out = sink.finishText();
        continue;
      }
      const done = sink.finish();
      out = done.text;
      if (!done.map.isIdentity) map = map ? map.compose(done.map) : done.map;
    }
    return { text: out, map };
  }

  /** Converts `text[start, end)` (already normalised) into `sink`. */
  convertRange(text: string, start: number, end: number, sink: Sink): void {
    if (this.#segmenter) {
      this.#convertSegmented(this.#segmenter, text, start, end, sink);
    } else if (this.#steps.length === 1) {
      applyStep(this.#steps[0]!, text, start, end, sink);
    } else if (this.#steps.length > 1) {
      this.#convertSequential(text, start, end, sink);
    }
  }

  /** The conversion steps applied one after the other to a whole string. */
  convertString(text: string): string {
    let out = text;
    for (const step of this.#steps) {
      const sink = new Sink(out, false);
      applyStep(step, out, 0, out.length, sink);
      out = sink.finishText();
    }
    return out;
  }

  // Without segmentation each step reads the whole output of the previous one. The per-step
  // maps are composed so that the map stays as fine as the steps' own replacements.
  #convertSequential(text: string, start: number, end: number, sink: Sink): void {
    const source = text.slice(start, end);
    let out = source;
    let map: OffsetMap | null = null;
    for (const step of this.#steps) {
      const stepSink = new Sink(out, true);
      applyStep(step, out, 0, out.length, stepSink);
      const done = stepSink.finish();
      out = done.text;
      map = map ? map.compose(done.map) : done.map;
    }
    if (!map || out === source) return;
    for (const c of map.changes) {
      sink.replace(start + c.source.start, start + c.source.end, out.slice(c.target.start, c.target.end));
    }
  }

  #convertSegmented(segmenter: Trie, text: string, start: number, end: number, sink: Sink): void {
    let runStart = -1;
    let p = start;
    while (p < end) {
      const matchEnd = segmenter.root[text.charCodeAt(p)] === 0 ? 0 : segmenter.longest(text, p, end);
      if (matchEnd === 0) {
        if (runStart < 0) runStart = p;
        p += unmatchedLength(text, p, end);
        continue;
      }
      if (runStart >= 0) {
        this.#convertRun(text, runStart, p, sink);
        runStart = -1;
      }
      const v = segmenter.lastValue;
      let final = this.#phraseFinal[v];
      if (final === undefined) {
        const key = segmenter.keys[v]!;
        const out = this.convertString(key);
        final = out === key ? null : out;
        this.#phraseFinal[v] = final;
      }
      if (final !== null && final !== SLOW) sink.replace(p, matchEnd, final);
      p = matchEnd;
    }
    if (runStart >= 0) this.#convertRun(text, runStart, end, sink);
  }

  // A run between segmentation phrases, converted as its own segment. The first step is
  // matched in place; the later steps are applied per character of its output when none of
  // them can match a longer key there, which the caches record; otherwise the run is
  // converted literally, step after step.
  #convertRun(text: string, start: number, end: number, sink: Sink): void {
    const first = this.#steps[0];
    if (!first) return;
    const mark = sink.mark();
    let p = start;
    while (p < end) {
      const unit = text.charCodeAt(p);
      if (isIdsOperator(unit)) {
        this.#convertRunLiterally(text, start, end, sink, mark);
        return;
      }
      const matchEnd = first.root[unit] === 0 ? 0 : first.longest(text, p, end);
      if (matchEnd > 0) {
        const final = this.#firstStepOutput(first, first.lastValue);
        if (final === SLOW) {
          this.#convertRunLiterally(text, start, end, sink, mark);
          return;
        }
        if (final !== null) sink.replace(p, matchEnd, final);
        p = matchEnd;
      } else {
        const len = unmatchedLength(text, p, end);
        const final = this.#unmatchedOutput(text, p, len);
        if (final === SLOW) {
          this.#convertRunLiterally(text, start, end, sink, mark);
          return;
        }
        if (final !== null) sink.replace(p, p + len, final);
        p += len;
      }
    }
  }

  #convertRunLiterally(
    text: string,
    start: number,
    end: number,
    sink: Sink,
    mark: ReturnType<Sink['mark']>,
  ): void {
    sink.reset(mark);
    const source = text.slice(start, end);
    const out = this.convertString(source);
    if (out !== source) sink.replace(start, end, out);
  }

  #firstStepOutput(first: Trie, v: number): string | null | typeof SLOW {
    let final = this.#firstStepFinal[v];
    if (final === undefined) {
      const value = first.values[v]!;
      const out = this.#laterStepsPerCharacter(value);
      final = out === SLOW ? SLOW : out === first.keys[v] ? null : out;
      this.#firstStepFinal[v] = final;
    }
    return final;
  }

  #unmatchedOutput(text: string, p: number, len: number): string | null | typeof SLOW {
    const cp = len === 1 ? text.charCodeAt(p) : (text.codePointAt(p) ?? 0);
    let final = cp < 0x10000 ? this.#charFinal[cp] : this.#astralFinal.get(cp);
    if (final === undefined) {
      const ch = text.slice(p, p + len);
      const out = this.#laterStepsPerCharacter(ch);
      final = out === SLOW ? SLOW : out === ch ? null : out;
      if (cp < 0x10000) this.#charFinal[cp] = final;
      else this.#astralFinal.set(cp, final);
    }
    return final;
  }

  // The steps after the first applied to `text`, provided that no key of more than one code
  // point can start anywhere in it (then each step maps it code point by code point).
  #laterStepsPerCharacter(text: string): string | typeof SLOW {
    let out = text;
    for (let s = 1; s < this.#steps.length; s++) {
      const step = this.#steps[s]!;
      let next = '';
      for (let i = 0; i < out.length; ) {
        const unit = out.charCodeAt(i);
        if (isIdsOperator(unit)) return SLOW;
        const len = unmatchedLength(out, i, out.length);
        const node = step.nodeOf(out.slice(i, i + len));
        if (node !== 0 && step.hasChildren[node] !== 0) return SLOW;
        const v = node === 0 ? 0 : step.valueAt[node]!;
        next += v === 0 ? out.slice(i, i + len) : step.values[v - 1]!;
        i += len;
      }
      out = next;
    }
    return out;
  }
}

/** One longest-match step over `text[start, end)`: every match is replaced by its value. */
export function applyStep(trie: Trie, text: string, start: number, end: number, sink: Sink): void {
  const root = trie.root;
  const values = trie.values;
  const keys = trie.keys;
  let p = start;
  while (p < end) {
    const unit = text.charCodeAt(p);
    if (root[unit] === 0) {
      // Fast path: no key starts with this code unit.
      p += (unit & 0xfc00) === 0xd800 || isIdsOperator(unit) ? unmatchedLength(text, p, end) : 1;
      continue;
    }
    const matchEnd = trie.longest(text, p, end);
    if (matchEnd === 0) {
      p += unmatchedLength(text, p, end);
      continue;
    }
    const v = trie.lastValue;
    const value = values[v]!;
    if (value !== keys[v]) sink.replace(p, matchEnd, value);
    p = matchEnd;
  }
}
