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
 * Traditional → Simplified from a regional variant has runs of its own (#convertTrackedRun,
 * ADR 0047): characters mapped on their own except near a possible change of the first step.
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

// Per-character caches are made on first use: a direction that never needs one (t → cn has
// no segmentation) never pays for its 64K slots.
const NO_TABLE: never[] = [];
function charTable<T>(): (T | undefined)[] {
  return new Array(0x10000).fill(undefined);
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
  #charFinal: Cached[] = NO_TABLE;
  readonly #astralFinal = new Map<number, Cached>();
  // Output of all steps for a character inside a run, when runs go character by character.
  #runChar: Cached[] = NO_TABLE;
  readonly #astralRunChar = new Map<number, Cached>();
  // The first step's output for a single BMP character.
  #firstChar: (string | undefined)[] = NO_TABLE;
  // True when every key of the first step longer than one character is also a segmentation
  // key: then inside a run (where no segmentation key matched) the first step can only match
  // single characters, and a run is converted character by character from a cache.
  readonly #runsCharwise: boolean;

  // True when the first step's group begins with the segmentation dictionaries and adds only
  // single characters (Simplified → Traditional: STPhrases… then STCharacters). A phrase
  // segment is then converted by the first step to exactly the segmentation value, and inside
  // a run only the added dictionaries can match, so the first step's trie holds those alone
  // and the large phrase dictionary is built once, not twice.
  readonly #phrasesFromSegmenter: boolean;
  // True when every key of the second step longer than one character is a segmentation key
  // (Traditional → Simplified: TSPhrases). Inside a run no segmentation key matched, so where
  // the first step changes nothing the second step can only map single characters either.
  readonly #secondLongKeysSegment: boolean;
  // True when runs between phrases are converted by #convertRunsTracked: two steps, the second
  // one's long keys are all segmentation keys, and the first step has long keys of its own
  // (Traditional → Simplified from a regional variant: tw, hk).
  readonly #tracksRuns: boolean;
  // The second step's output for a BMP character on its own (null when unchanged).
  #secondChar: (string | null | undefined)[] = NO_TABLE;

  constructor(plan: ConversionPlan) {
    this.#normalization = (plan.normalization ?? []).map((group) => Trie.fromGroup(group));
    this.#segmenter = plan.segmentation ? Trie.fromGroup(plan.segmentation) : null;
    const segmentation = plan.segmentation ?? [];
    const firstGroup = plan.chain[0] ?? [];
    this.#phrasesFromSegmenter =
      plan.segmentation !== null &&
      segmentation.length <= firstGroup.length &&
      segmentation.every((dict, i) => firstGroup[i] === dict) &&
      firstGroup.slice(segmentation.length).every((dict) => !hasLongKey(dict));
    this.#steps = plan.chain.map((group, i) =>
      Trie.fromGroup(i === 0 && this.#phrasesFromSegmenter ? group.slice(segmentation.length) : group),
    );
    this.#phraseFinal = new Array(this.#segmenter?.values.length ?? 0).fill(undefined);
    this.#firstStepFinal = this.#segmenter
      ? new Array(this.#steps[0]?.values.length ?? 0).fill(undefined)
      : [];
    this.#runsCharwise =
      plan.segmentation !== null &&
      firstGroup.every((dict) => segmentation.includes(dict) || !hasLongKey(dict));
    this.#secondLongKeysSegment =
      plan.segmentation !== null &&
      plan.chain.length === 2 &&
      plan.chain[1]!.every((dict) => segmentation.includes(dict) || !hasLongKey(dict));
    this.#tracksRuns = this.#secondLongKeysSegment && !this.#runsCharwise;
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
      if (!withMap) {
        out = applyToString(step, out);
        continue;
      }
      const sink = new Sink(out, true);
      applyStep(step, out, 0, out.length, sink);
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

  /**
   * The conversion steps applied one after the other to a whole string (a segment: with
   * segmentation, only to a phrase or to text inside a run between phrases); `from` skips the first ones.
   */
  convertString(text: string, from = 0): string {
    let out = text;
    for (let s = from; s < this.#steps.length; s++) out = applyToString(this.#steps[s]!, out);
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

  // One walk: phrases are replaced by their cached conversion, and the characters of the runs
  // between them by theirs as they come, when the cache has it (the first step can only leave
  // such a character alone or map it on its own, and no later step can match across it, so
  // where the run ends does not matter). At any other character the end of its run is found
  // and the rest of the run is converted as a whole.
  #convertSegmented(segmenter: Trie, text: string, start: number, end: number, sink: Sink): void {
    if (this.#tracksRuns) {
      this.#convertRunsTracked(segmenter, text, start, end, sink);
      return;
    }
    const segmenterRoot = segmenter.root;
    const charwise = this.#runsCharwise;
    const firstRoot = this.#steps[0]?.root;
    let p = start;
    while (p < end) {
      const unit = text.charCodeAt(p);
      const matchEnd = segmenterRoot[unit] === 0 ? 0 : segmenter.longest(text, p, end);
      if (matchEnd > 0) {
        this.#emitPhrase(segmenter, segmenter.lastValue, p, matchEnd, sink);
        p = matchEnd;
        continue;
      }
      if (
        firstRoot &&
        (unit & 0xfc00) !== 0xd800 &&
        !isIdsOperator(unit) &&
        // No first-step key matches here (one that did only up to the text's end would not
        // within the run either).
        (charwise || firstRoot[unit] === 0 || this.#steps[0]!.longest(text, p, end) === 0) &&
        emitCached(charwise ? this.#runChar[unit] : this.#charFinal[unit], p, sink)
      ) {
        p++;
        continue;
      }
      // The rest of this run: up to where the next phrase starts.
      const runEnd = runEndAt(segmenter, text, p, end);
      if (!charwise && this.#steps.length === 2 && !this.#firstStepMayChange(text, p, runEnd)) {
        // The first step changes nothing in the rest of this run wherever its walk stops, so
        // the second step reads the text itself, from here (where both are at a boundary).
        applyStep(this.#steps[1]!, text, p, runEnd, sink);
      } else {
        this.#convertRun(text, p, runEnd, sink);
      }
      p = runEnd;
    }
  }

  // Segmentation with two steps whose second step has no long key but the segmentation's
  // (Traditional → Simplified from tw or hk). Phrases come from their cache; each run between
  // them is found first and then converted by #convertTrackedRun.
  #convertRunsTracked(segmenter: Trie, text: string, start: number, end: number, sink: Sink): void {
    const root = segmenter.root;
    let p = start;
    while (p < end) {
      const matchEnd = root[text.charCodeAt(p)] === 0 ? 0 : segmenter.longest(text, p, end);
      if (matchEnd > 0) {
        this.#emitPhrase(segmenter, segmenter.lastValue, p, matchEnd, sink);
        p = matchEnd;
        continue;
      }
      const runEnd = runEndAt(segmenter, text, p, end);
      this.#convertTrackedRun(text, p, runEnd, sink);
      p = runEnd;
    }
  }

  // One run between phrases, as OpenCC converts it (the first step over the run, the second
  // over that output), in one walk.
  //
  // Why a character can mostly be converted on its own: the second step's keys longer than one
  // character are segmentation keys, and none of those matches anywhere in the run (it would
  // have ended the run). So where the first step's output from here on equals the text for as
  // far as the second step's longest key could read, the second step can only map this one
  // character. That holds when no first-step piece that changes text starts within that reach
  // (and the piece covering this character, which started earlier, was checked then): a
  // conservative per-position filter (Trie#mayChangeAt) tells, each position scanned once; a
  // possible change further than the second step can read from here (no key of it continues
  // through the text up to there) does not count either.
  //
  // The first step's own walk is needed only at a possible change (to tell whether a piece that
  // changes text really starts there) and where a window starts; it is found then from the
  // last point where every walk has a boundary (#firstPieceAt). Around a change, both steps run
  // literally over a window from here, where both walks stand at a boundary, to the next point
  // where they do again (#convertWindow).
  #convertTrackedRun(text: string, start: number, end: number, sink: Sink): void {
    const first = this.#steps[0]!;
    const second = this.#steps[1]!;
    const reach = second.maxKeyLength;
    const flags = this.#runFlagTable(first);
    const secondUnit = this.#secondUnitTable();
    // Positions before scanPos have been checked for a possible change; nextChange is the
    // first that may start one (-1 when none was found before scanPos).
    let scanPos = start;
    let nextChange = -1;
    // A boundary of the first step's walk at or before p.
    let known = start;
    let p = start;
    while (p < end) {
      const unit = text.charCodeAt(p);
      const stop = Math.min(p + reach, end);
      if (nextChange < p) {
        // Scanned ahead as far as the next possible change (or surrogate, which the stretches
        // below leave to the slower path), to the end of the run if need be.
        let i = Math.max(scanPos, p);
        for (; i < end; i++) {
          const f = flags[text.charCodeAt(i)]!;
          if ((f & SPECIAL) !== 0 || ((f & MAY_CHANGE) !== 0 && first.mayChangeAt(text, i, end))) break;
        }
        scanPos = i;
        nextChange = i < end ? i : -1;
      }
      // Every character up to `reach` before the next possible change is mapped on its own.
      const idleEnd = nextChange < 0 ? end : nextChange - reach + 1;
      if (idleEnd > p) {
        const stopped = sink.mapUnits(p, idleEnd, secondUnit);
        if (stopped === idleEnd) {
          p = idleEnd;
          continue;
        }
        // A character not in the table yet, or whose output is longer than one code unit.
        const out = this.#learnSecondUnit(second, secondUnit, text.charCodeAt(stopped));
        if (out !== null) sink.replace(stopped, stopped + 1, out);
        p = stopped + 1;
        continue;
      }
      if (
        (flags[unit]! & SPECIAL) === 0 &&
        (nextChange < 0 ||
          nextChange >= stop ||
          // The second step cannot read from p as far as the possible change: no key of it
          // continues through text[p, nextChange), so it maps p on its own.
          (nextChange > p && !second.continuesThrough(text, p, nextChange)))
      ) {
        const outUnit = secondUnit[unit]!;
        if (outUnit !== unit) {
          if (outUnit !== 0) sink.replaceUnit(p, outUnit);
          else {
            const out = this.#learnSecondUnit(second, secondUnit, unit);
            if (out !== null) sink.replace(p, p + 1, out);
          }
        }
        p++;
        continue;
      }
      const pieceStart = this.#firstPieceAt(text, p, known, end, flags);
      const pieceEnd = this.#pieceEnd;
      known = pieceStart;
      // The first step's walk stands at p, or inside an unchanged piece that ends at pieceEnd.
      const firstAt = pieceStart === p ? p : pieceEnd;
      if (isIdsOperator(unit)) {
        this.#convertLiterallyFrom(text, p, firstAt, end, sink);
        return;
      }
      if (nextChange === p && (pieceStart !== p || this.#pieceKept) && (flags[unit]! & SPECIAL) === 0) {
        // The filter's alarm was false: no piece that changes text starts here. Look again
        // from the next position.
        nextChange = -1;
        scanPos = p + 1;
        continue;
      }
      if (pieceStart === p && pieceEnd === p + 1 && !this.#pieceKept) {
        // The usual change: one character to another (裡 → 裏). When no key of the second step
        // longer than one character starts with the new one, the second step maps it alone.
        const value = first.values[first.lastValue]!;
        const changed = value.charCodeAt(0);
        const node = second.root[changed]!;
        if (
          value.length === 1 &&
          (changed & 0xf800) !== 0xd800 &&
          (node === 0 || second.hasChildren[node] === 0)
        ) {
          const outUnit = secondUnit[changed]!;
          if (outUnit !== 0) {
            if (outUnit !== unit) sink.replaceUnit(p, outUnit);
          } else {
            // Not in the table yet; a change back to the same character (峰 → 峯 → 峰) is
            // no change.
            const out = this.#learnSecondUnit(second, secondUnit, changed) ?? value;
            if (out.length !== 1 || out.charCodeAt(0) !== unit) sink.replace(p, p + 1, out);
          }
          p++;
          known = p;
          continue;
        }
      }
      const windowEnd = this.#convertWindow(second, text, p, end, sink, firstAt);
      if (windowEnd < 0) {
        this.#convertLiterallyFrom(text, p, firstAt, end, sink);
        return;
      }
      p = windowEnd;
      known = windowEnd;
    }
  }

  #pieceKept = true;

  // The first step's piece that covers text[p]: returns its start, leaves its end in
  // #pieceEnd and whether it keeps its text in #pieceKept. The walk is replayed from the last
  // position at or before p after a code unit that no key holds other than last (every walk
  // has a boundary there, since no key can run across it), or from `known`, a boundary.
  #firstPieceAt(text: string, p: number, known: number, end: number, flags: Uint8Array): number {
    const first = this.#steps[0]!;
    let q = p;
    while (q > known && (flags[text.charCodeAt(q - 1)]! & INSIDE_KEY) !== 0) q--;
    let pieceStart = q;
    for (;;) {
      const unit = text.charCodeAt(q);
      const matchEnd = (flags[unit]! & FIRST_KEY) === 0 ? 0 : first.longest(text, q, end);
      pieceStart = q;
      q = matchEnd > 0 ? matchEnd : q + unmatchedLength(text, q, end);
      this.#pieceKept = matchEnd === 0 || first.unchanged[first.lastValue] === 1;
      if (q > p) break;
    }
    this.#pieceEnd = q;
    return pieceStart;
  }

  // Per code unit: FIRST_KEY when a first-step key starts with it, MAY_CHANGE when a changing
  // one does (or it is a description operator), SPECIAL for description operators and
  // surrogates, INSIDE_KEY when a first-step key holds it other than as its last unit. One
  // small table read per character decides the common case.
  #runFlags: Uint8Array | null = null;
  #runFlagTable(first: Trie): Uint8Array {
    if (this.#runFlags) return this.#runFlags;
    // Built from the keys, not by visiting every code unit: set-up stays a few milliseconds.
    const table = new Uint8Array(0x10000);
    const changeStarts = first.changeStarts;
    for (const key of first.keys) {
      const unit = key.charCodeAt(0);
      table[unit] = table[unit]! | FIRST_KEY | (changeStarts[unit] !== 0 ? MAY_CHANGE : 0);
      for (let i = 0; i < key.length - 1; i++) table[key.charCodeAt(i)]! |= INSIDE_KEY;
    }
    for (let u = 0x2ff0; u <= 0x2fff; u++) table[u] = table[u]! | MAY_CHANGE | SPECIAL;
    // A high surrogate is never followed by a boundary of the walk either.
    for (let u = 0xd800; u <= 0xdbff; u++) table[u] = table[u]! | SPECIAL | INSIDE_KEY;
    for (let u = 0xdc00; u <= 0xdfff; u++) table[u] = table[u]! | SPECIAL;
    this.#runFlags = table;
    return table;
  }

  // The second step's output for each BMP code unit on its own when it is one BMP code unit
  // (the unit itself when unchanged); 0 when longer or not looked up yet (then
  // #secondStepChar has it, and #learnSecondUnit fills the entry in).
  #secondUnits: Uint16Array | null = null;
  #secondUnitTable(): Uint16Array {
    this.#secondUnits ??= new Uint16Array(0x10000);
    return this.#secondUnits;
  }

  // The second step's output for a BMP code unit that the table did not have yet (null when
  // unchanged), entered in the table when it is one code unit.
  #learnSecondUnit(second: Trie, table: Uint16Array, unit: number): string | null {
    const out = this.#secondStepChar(second, unit);
    if (out === null) table[unit] = unit;
    else if (out.length === 1 && (out.charCodeAt(0) & 0xf800) !== 0xd800) table[unit] = out.charCodeAt(0);
    return out;
  }

  // Both steps literally over text[start, end), where the second step's walk stands at
  // `start` and the first step's at `pieceEnd`, the text between being a first-step piece
  // (or its tail) that the first step leaves unchanged.
  #convertLiterallyFrom(text: string, start: number, pieceEnd: number, end: number, sink: Sink): void {
    const firstOut = text.slice(start, pieceEnd) + applyToString(this.#steps[0]!, text.slice(pieceEnd, end));
    const out = applyToString(this.#steps[1]!, firstOut);
    if (out !== text.slice(start, end)) sink.replace(start, end, out);
  }

  // True when some code unit of text[start, end) could start a first-step match that changes
  // text, or a description sequence.
  #firstStepMayChange(text: string, start: number, end: number): boolean {
    const changeStarts = this.#steps[0]!.changeStarts;
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      if (changeStarts[unit] !== 0 || isIdsOperator(unit)) return true;
    }
    return false;
  }

  #emitPhrase(segmenter: Trie, v: number, start: number, end: number, sink: Sink): void {
    let final = this.#phraseFinal[v];
    if (final === undefined) {
      const key = segmenter.keys[v]!;
      const out = this.#phrasesFromSegmenter
        ? this.convertString(segmenter.values[v]!, 1)
        : this.convertString(key);
      final = out === key ? null : out;
      this.#phraseFinal[v] = final;
    }
    if (final !== null && final !== SLOW) sink.replace(start, end, final);
  }

  // A run between segmentation phrases, converted as its own segment: the first step's
  // longest-match walk over the run, and for each of its matches (or unmatched characters)
  // the output of the later steps from a cache, except where a key of the second step can
  // start; there the second step's longest match is found across the first step's outputs
  // that follow. What this cannot follow exactly (a description sequence, a second-step match
  // that ends inside one first-step output, more than two steps) is converted literally from
  // there on, which is exact because the walk is then at a boundary of every step.
  #convertRun(text: string, start: number, end: number, sink: Sink): void {
    if (this.#steps.length === 0) return;
    const second = this.#steps.length === 2 ? this.#steps[1]! : null;
    const charwise = this.#runsCharwise;
    const firstRoot = this.#steps[0]!.root;
    const cached = charwise ? this.#runChar : this.#charFinal;
    let p = start;
    while (p < end) {
      const unit = text.charCodeAt(p);
      if (isIdsOperator(unit)) {
        this.#convertLiterally(text, p, end, sink);
        return;
      }
      // Fast path: a BMP character no first-step key longer than it matches at, whose output
      // through every step is already cached.
      if (
        (unit & 0xfc00) !== 0xd800 &&
        (charwise || firstRoot[unit] === 0 || this.#steps[0]!.longest(text, p, end) === 0) &&
        emitCached(cached[unit], p, sink)
      ) {
        p++;
        continue;
      }
      const final = this.#firstStepPiece(text, p, end, true);
      const pieceEnd = this.#pieceEnd;
      if (final !== SLOW) {
        if (final !== null) sink.replace(p, pieceEnd, final!);
        p = pieceEnd;
        continue;
      }
      const matchEnd = second ? this.#secondStepMatch(second, text, p, end) : -1;
      if (matchEnd < 0) {
        // The second step's match ends inside one first-step output: convert the stretch up to
        // where the two steps are at a common boundary again.
        const windowEnd = this.#convertWindow(second!, text, p, end, sink);
        if (windowEnd < 0) {
          this.#convertLiterally(text, p, end, sink);
          return;
        }
        p = windowEnd;
        continue;
      }
      if (matchEnd === 0) {
        // The second step matches nothing here and keeps the first step's single character.
        const out = this.#firstStepPiece(text, p, end, false) as string;
        const pieceEnd = this.#pieceEnd;
        if (pieceEnd - p !== out.length || !text.startsWith(out, p)) sink.replace(p, pieceEnd, out);
        p = pieceEnd;
      } else {
        sink.replace(p, matchEnd, second!.values[this.#secondValue]!);
        p = matchEnd;
      }
    }
  }

  // Both steps literally over the first step's outputs from `p` (at a boundary of both), up
  // to the first point after at least one second-step match where both are at a boundary
  // again; returns that point, or -1 when the stretch holds a description sequence (left to
  // the literal conversion of the whole rest).
  #convertWindow(second: Trie, text: string, p: number, end: number, sink: Sink, pieceEnd = p): number {
    // With pieceEnd > p, text[p, pieceEnd) is the unchanged tail of a first-step piece.
    let firstOut = text.slice(p, pieceEnd);
    const sourceEnds: number[] = pieceEnd > p ? [pieceEnd] : [];
    const outEnds: number[] = pieceEnd > p ? [pieceEnd - p] : [];
    let q = pieceEnd;
    let result = '';
    let j = 0;
    let k = 0;
    for (;;) {
      // Enough first-step output for the second step's longest possible key from j.
      while (q < end && firstOut.length < j + second.maxKeyLength + 1) {
        if (isIdsOperator(text.charCodeAt(q))) return -1;
        firstOut += this.#firstStepPiece(text, q, end, false) as string;
        q = this.#pieceEnd;
        sourceEnds.push(q);
        outEnds.push(firstOut.length);
      }
      if (j >= firstOut.length) break;
      const unit = firstOut.charCodeAt(j);
      const matchEnd = second.root[unit] === 0 ? 0 : second.longest(firstOut, j, firstOut.length);
      if (matchEnd > 0) {
        result += second.values[second.lastValue]!;
        j = matchEnd;
      } else {
        const len = unmatchedLength(firstOut, j, firstOut.length);
        result += firstOut.slice(j, j + len);
        j += len;
      }
      while (k < outEnds.length && outEnds[k]! < j) k++;
      if (k < outEnds.length && outEnds[k] === j) {
        const stop = sourceEnds[k]!;
        if (result !== text.slice(p, stop)) sink.replace(p, stop, result);
        return stop;
      }
    }
    if (result !== text.slice(p, q)) sink.replace(p, q, result);
    return q;
  }

  #secondStepChar(second: Trie, unit: number): string | null {
    let out = this.#secondChar[unit];
    if (out === undefined) {
      const node = second.root[unit]!;
      const v = node === 0 ? 0 : second.valueAt[node]!;
      const ch = String.fromCharCode(unit);
      out = v === 0 || second.values[v - 1] === ch ? null : second.values[v - 1]!;
      if (this.#secondChar === NO_TABLE) this.#secondChar = charTable();
      this.#secondChar[unit] = out;
    }
    return out;
  }

  #convertLiterally(text: string, start: number, end: number, sink: Sink): void {
    const source = text.slice(start, end);
    const out = this.convertString(source);
    if (out !== source) sink.replace(start, end, out);
  }

  // End of the last piece found by #firstStepPiece, and value index of #secondStepMatch.
  #pieceEnd = 0;
  #secondValue = 0;

  // The first step's match at `p` (or the character there, when none): with `final`, its
  // output through all later steps (null when unchanged, SLOW when a later step could match
  // across pieces there); without, the first step's output alone. Its end goes in #pieceEnd.
  #firstStepPiece(text: string, p: number, end: number, final: boolean): Cached {
    const first = this.#steps[0]!;
    const unit = text.charCodeAt(p);
    if (this.#runsCharwise) {
      const len = (unit & 0xfc00) === 0xd800 ? unmatchedLength(text, p, end) : 1;
      this.#pieceEnd = p + len;
      if (!final) return this.#firstStepChar(first, text, p, len);
      const cached = len === 1 ? this.#runChar[unit] : undefined;
      return cached !== undefined ? cached : this.#runCharOutput(first, text, p, len);
    }
    const matchEnd = first.root[unit] === 0 ? 0 : first.longest(text, p, end);
    if (matchEnd > 0) {
      this.#pieceEnd = matchEnd;
      const v = first.lastValue;
      return final ? this.#firstStepOutput(first, v) : first.values[v]!;
    }
    if (final && (unit & 0xfc00) !== 0xd800 && !isIdsOperator(unit)) {
      this.#pieceEnd = p + 1;
      const cached = this.#charFinal[unit];
      return cached !== undefined ? cached : this.#unmatchedOutput(text, p, 1);
    }
    const len = unmatchedLength(text, p, end);
    this.#pieceEnd = p + len;
    if (final) return this.#unmatchedOutput(text, p, len);
    // Nothing matched, so the output is the character itself (a cached string).
    return len === 1 ? this.#firstStepChar(first, text, p, 1) : text.slice(p, p + len);
  }

  // The second step's longest match at the start of the first step's output for `text[p…]`:
  // its end in `text` (value index in #secondValue), 0 when nothing matches and the first
  // step's output there is a single code point, -1 when the match cannot be followed exactly.
  #secondStepMatch(second: Trie, text: string, p: number, end: number): number {
    let node = 0;
    let best = 0;
    let bestAligned = true;
    let firstPiece = '';
    let q = p;
    outer: while (q < end) {
      if (isIdsOperator(text.charCodeAt(q))) break;
      const piece = this.#firstStepPiece(text, q, end, false) as string;
      const pieceEnd = this.#pieceEnd;
      if (q === p) firstPiece = piece;
      for (let i = 0; i < piece.length; i++) {
        const u = piece.charCodeAt(i);
        if (q === p && i === 0) node = second.root[u]!;
        else node = second.hasChildren[node] === 0 ? 0 : second.child(node, u);
        if (node === 0) break outer;
        const v = second.valueAt[node]!;
        if (v !== 0) {
          bestAligned = i === piece.length - 1;
          best = pieceEnd;
          this.#secondValue = v - 1;
        }
      }
      q = pieceEnd;
    }
    if (!bestAligned) return -1;
    if (best > 0) return best;
    const single =
      firstPiece.length === 1 || (firstPiece.length === 2 && (firstPiece.charCodeAt(0) & 0xfc00) === 0xd800);
    return single ? 0 : -1;
  }

  // The first step's output for the single character at `text[p, p + len)`.
  #firstStepChar(first: Trie, text: string, p: number, len: number): string {
    const unit = text.charCodeAt(p);
    if (len === 1) {
      const cached = this.#firstChar[unit];
      if (cached !== undefined) return cached;
    }
    const ch = text.slice(p, p + len);
    const node = first.nodeOf(ch);
    const v = node === 0 ? 0 : first.valueAt[node]!;
    const out = v === 0 ? ch : first.values[v - 1]!;
    if (len === 1) {
      if (this.#firstChar === NO_TABLE) this.#firstChar = charTable();
      this.#firstChar[unit] = out;
    }
    return out;
  }

  // Output of all steps for one character of a run, when the first step can only map it alone.
  #runCharOutput(first: Trie, text: string, p: number, len: number): string | null | typeof SLOW {
    const ch = text.slice(p, p + len);
    const cp = ch.codePointAt(0) ?? 0;
    let final = cp < 0x10000 ? this.#runChar[cp] : this.#astralRunChar.get(cp);
    if (final !== undefined) return final;
    const out = this.#laterStepsPerCharacter(this.#firstStepChar(first, text, p, len));
    final = out === SLOW ? SLOW : out === ch ? null : out;
    if (cp < 0x10000) {
      if (this.#runChar === NO_TABLE) this.#runChar = charTable();
      this.#runChar[cp] = final;
    } else this.#astralRunChar.set(cp, final);
    return final;
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
      if (cp < 0x10000) {
        if (this.#charFinal === NO_TABLE) this.#charFinal = charTable();
        this.#charFinal[cp] = final;
      } else this.#astralFinal.set(cp, final);
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

// Emits the cached output of the BMP character at p: true when there was one (null: unchanged).
function emitCached(final: Cached, p: number, sink: Sink): boolean {
  if (final === null) return true;
  if (typeof final !== 'string') return false;
  sink.replace(p, p + 1, final);
  return true;
}

// Bits of Converter#runFlagTable.
const FIRST_KEY = 1;
const MAY_CHANGE = 2;
const SPECIAL = 4;
const INSIDE_KEY = 8;

// True when a dictionary has a key of more than one code point.
function hasLongKey(dict: DictLike): boolean {
  if (typeof dict === 'string') return LONG_KEY.test(dict);
  return dict.some(([key]) => [...key].length > 1);
}
// An entry of a serialised dictionary whose key has two code points or more.
const LONG_KEY = /(?:^|\|)[^ |]{2,} /u;

// Where the run of text between phrases that starts at p (where no phrase matches) ends.
function runEndAt(segmenter: Trie, text: string, p: number, end: number): number {
  let q = p + unmatchedLength(text, p, end);
  while (q < end) {
    const u = text.charCodeAt(q);
    if (segmenter.root[u] !== 0 && segmenter.mayMatchAt(text, q, end) && segmenter.longest(text, q, end) > 0)
      break;
    q += (u & 0xfc00) === 0xd800 || isIdsOperator(u) ? unmatchedLength(text, q, end) : 1;
  }
  return q;
}

// One step over a whole string; the same string when it changes nothing.
function applyToString(trie: Trie, text: string): string {
  const sink = new Sink(text, false);
  applyStep(trie, text, 0, text.length, sink);
  return sink.finishText();
}

/** One longest-match step over `text[start, end)`: every match is replaced by its value. */
export function applyStep(trie: Trie, text: string, start: number, end: number, sink: Sink): void {
  const root = trie.root;
  const values = trie.values;
  const unchanged = trie.unchanged;
  const starts = trie.startPattern;
  let p = start;
  while (p < end) {
    if (starts) {
      // Few code units can start a key: let the regular expression engine skip to the next.
      starts.lastIndex = p;
      const found = starts.exec(text);
      if (!found || found.index >= end) return;
      p = found.index;
    }
    const unit = text.charCodeAt(p);
    if (root[unit] === 0) {
      // No key starts with this code unit.
      p += (unit & 0xfc00) === 0xd800 || isIdsOperator(unit) ? unmatchedLength(text, p, end) : 1;
      continue;
    }
    const node = root[unit]!;
    if (trie.hasChildren[node] === 0 && (unit & 0xfc00) !== 0xd800) {
      // A single-character key and nothing longer: no walk needed.
      const v = trie.valueAt[node]! - 1;
      if (v >= 0 && unchanged[v] === 0) sink.replace(p, p + 1, values[v]!);
      p += v >= 0 ? 1 : unmatchedLength(text, p, end);
      continue;
    }
    const matchEnd = trie.longest(text, p, end);
    if (matchEnd === 0) {
      p += unmatchedLength(text, p, end);
      continue;
    }
    const v = trie.lastValue;
    if (unchanged[v] === 0) sink.replace(p, matchEnd, values[v]!);
    p = matchEnd;
  }
}
