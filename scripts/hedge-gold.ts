/**
 * Reading and scoring hand-annotated hedge sets, shared by eval-hedges.ts (detector against
 * annotator) and agreement-hedges.ts (annotator against annotator).
 *
 * A set is a TSV file: one sentence a line, `expected<TAB>sentence`; `expected` is `-` or
 * `cue:category` items separated by commas, in text order; lines starting with `#` are comments.
 */
import { readFileSync } from 'node:fs';

export interface Cue {
  cue: string;
  category: string;
  start: number;
  end: number;
}

export interface Gold {
  sentence: string;
  cues: Cue[];
}

/** Parses one set. Each cue is located with indexOf from the end of the previous one. */
export function loadGold(file: string): Gold[] {
  const out: Gold[] = [];
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [expected = '', sentence = ''] = line.split('\t');
    const cues: Cue[] = [];
    let from = 0;
    if (expected !== '-') {
      for (const item of expected.split(',')) {
        // rsplit: a cue may itself contain a colon (rare, but full-width text sometimes has one).
        const colon = item.lastIndexOf(':');
        const cue = item.slice(0, colon);
        const category = item.slice(colon + 1);
        const start = sentence.indexOf(cue, from);
        if (colon < 0 || start < 0) throw new Error(`${file}:${n + 1}: cue ${cue} not in sentence`);
        cues.push({ cue, category, start, end: start + cue.length });
        from = start + cue.length;
      }
    }
    out.push({ sentence, cues });
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** `P … R … F1 … (tp, fp, fn)`; an empty denominator counts as perfect, as usual. */
export function prf({ tp, fp, fn }: Counts): string {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

export function f1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Pairs found cues with expected ones, each expected cue used once. `overlap`: a found cue counts
 * when it overlaps an expected cue of the same category (or any category with `anyCategory`);
 * `exact`: it must also have the same span. Returns the counts and which expected cues were missed.
 */
export function matchCues(
  expected: readonly Cue[],
  found: readonly Cue[],
  anyCategory = false,
): { overlap: Counts; exact: Counts; unmatchedFound: Cue[]; unmatchedExpected: Cue[] } {
  const used = new Set<number>();
  const usedExact = new Set<number>();
  const overlap = zero();
  const exact = zero();
  const unmatchedFound: Cue[] = [];
  for (const h of found) {
    const sameKind = (e: Cue) => anyCategory || e.category === h.category;
    const i = expected.findIndex((e, k) => !used.has(k) && sameKind(e) && h.start < e.end && e.start < h.end);
    if (i >= 0) {
      used.add(i);
      overlap.tp++;
    } else {
      overlap.fp++;
      unmatchedFound.push(h);
    }
    const j = expected.findIndex(
      (e, k) => !usedExact.has(k) && sameKind(e) && e.start === h.start && e.end === h.end,
    );
    if (j >= 0) {
      usedExact.add(j);
      exact.tp++;
    } else exact.fp++;
  }
  overlap.fn = expected.length - used.size;
  exact.fn = expected.length - usedExact.size;
  return { overlap, exact, unmatchedFound, unmatchedExpected: expected.filter((_, k) => !used.has(k)) };
}

/** Sentence-level counts: is the sentence hedged at all? */
export function countSentence(into: Counts, expected: boolean, found: boolean): void {
  if (found && expected) into.tp++;
  else if (found) into.fp++;
  else if (expected) into.fn++;
}
