/**
 * Inter-annotator agreement on a hedge set annotated independently by several people.
 *
 *   npx tsx scripts/agreement-hedges.ts a.tsv b.tsv [c.tsv …] [--majority out.tsv]
 *
 * Every file must hold the same sentences in the same order (the format is eval-hedges.ts's). For
 * each pair it prints sentence-level agreement (F1 with the first as reference, which is symmetric,
 * and Cohen's kappa) and cue-level agreement (overlapping cue, same category; then any category).
 * This is the ceiling a detector can be measured against: a detector scored against one annotator
 * cannot be expected to agree with them better than a second careful annotator does.
 *
 * `--majority out.tsv` (three or more files) writes the majority reading: a cue is kept when more
 * than half of the annotators marked an overlapping cue of the same category; its text is the one
 * most of them wrote. Score a detector against it with eval-hedges.ts.
 */
import { writeFileSync } from 'node:fs';
import { add, type Cue, countSentence, f1, type Gold, loadGold, matchCues, prf, zero } from './hedge-gold.js';

const args = process.argv.slice(2);
const majorityAt = args.indexOf('--majority');
const majorityOut = majorityAt >= 0 ? args[majorityAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (majorityAt < 0 || i !== majorityAt + 1));
if (files.length < 2) {
  console.error('usage: agreement-hedges.ts a.tsv b.tsv [c.tsv …] [--majority out.tsv]');
  process.exit(2);
}
const sets = files.map(loadGold);
for (const [k, set] of sets.entries()) {
  const differs = set.findIndex((g, i) => g.sentence !== sets[0]?.[i]?.sentence);
  if (set.length !== sets[0]?.length || differs >= 0) {
    console.error(`${files[k]}: sentences differ from ${files[0]} (first at sentence ${differs + 1})`);
    process.exit(1);
  }
}

/** Cohen's kappa for two annotators' yes/no decisions per sentence. */
function kappa(a: readonly boolean[], b: readonly boolean[]): number {
  const n = a.length;
  let agree = 0;
  let yesA = 0;
  let yesB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) yesA++;
    if (b[i]) yesB++;
  }
  const observed = agree / n;
  const chance = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

const hedgedCounts = sets.map((set) => set.filter((g) => g.cues.length > 0).length);
console.log(
  `${sets[0]?.length} sentences; hedged per annotator: ${files.map((f, k) => `${f} ${hedgedCounts[k]}`).join(', ')}`,
);
const sentenceF1s: number[] = [];
for (let i = 0; i < sets.length; i++) {
  for (let j = i + 1; j < sets.length; j++) {
    const a = sets[i] as Gold[];
    const b = sets[j] as Gold[];
    const s = zero();
    const c = zero();
    const any = zero();
    for (const [n, g] of a.entries()) {
      const other = (b[n] as Gold).cues;
      countSentence(s, g.cues.length > 0, other.length > 0);
      add(c, matchCues(g.cues, other).overlap);
      add(any, matchCues(g.cues, other, true).overlap);
    }
    const k = kappa(
      a.map((g) => g.cues.length > 0),
      b.map((g) => g.cues.length > 0),
    );
    sentenceF1s.push(f1(s));
    console.log(`${files[i]} vs ${files[j]}`);
    console.log(`  sentence-level  ${prf(s)}  kappa ${k.toFixed(3)}`);
    console.log(`  cue-level       ${prf(c)}`);
    console.log(`  cue, any cat.   ${prf(any)}`);
  }
}
if (sentenceF1s.length > 1) {
  const mean = sentenceF1s.reduce((x, y) => x + y, 0) / sentenceF1s.length;
  console.log(`mean pairwise sentence-level F1 ${mean.toFixed(3)}`);
}

if (majorityOut !== undefined) {
  if (sets.length < 3) {
    console.error('--majority needs three or more annotators');
    process.exit(2);
  }
  const lines = [`# majority reading of ${files.join(', ')} (scripts/agreement-hedges.ts)`];
  for (const [n, g] of (sets[0] as Gold[]).entries()) {
    const votes = sets.map((set) => (set[n] as Gold).cues);
    lines.push(`${majorityLabel(votes)}\t${g.sentence}`);
  }
  writeFileSync(majorityOut, `${lines.join('\n')}\n`);
  console.log(`majority reading written to ${majorityOut}`);
}

/**
 * The cues more than half the annotators agree on, as an `expected` column. `votes[k]` is annotator
 * k's cues; a group of overlapping same-category cues counts each annotator once.
 */
function majorityLabel(votes: readonly Cue[][]): string {
  const groups: { members: Cue[]; annotators: Set<number> }[] = [];
  for (const [k, cues] of votes.entries()) {
    for (const cue of cues) {
      const group = groups.find(({ members }) =>
        members.some((m) => m.category === cue.category && m.start < cue.end && cue.start < m.end),
      );
      if (group) {
        group.members.push(cue);
        group.annotators.add(k);
      } else groups.push({ members: [cue], annotators: new Set([k]) });
    }
  }
  const kept: Cue[] = [];
  for (const { members, annotators } of groups) {
    if (annotators.size * 2 <= votes.length) continue;
    kept.push(mostCommonText(members));
  }
  kept.sort((x, y) => x.start - y.start);
  // Overlapping cues of different categories cannot both be written in text order; keep the first.
  const written = kept.filter((cue, i) => i === 0 || (kept[i - 1] as Cue).end <= cue.start);
  return written.length === 0 ? '-' : written.map((cue) => `${cue.cue}:${cue.category}`).join(',');
}

function mostCommonText(members: readonly Cue[]): Cue {
  const tally = new Map<string, { cue: Cue; n: number }>();
  for (const m of members) {
    const key = `${m.start}:${m.end}`;
    const entry = tally.get(key);
    if (entry) entry.n++;
    else tally.set(key, { cue: m, n: 1 });
  }
  let best: { cue: Cue; n: number } | undefined;
  for (const entry of tally.values()) if (!best || entry.n > best.n) best = entry;
  return (best as { cue: Cue; n: number }).cue;
}
