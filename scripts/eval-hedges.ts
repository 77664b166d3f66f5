/**
 * Measures detectHedges on hand-annotated sentences that were never used to tune the rules.
 *
 *   npx tsx scripts/eval-hedges.ts [file.tsv …]
 *
 * Default input: tests/fixtures/hedges-heldout-hant.tsv (Traditional, written for this purpose) and,
 * when present, every .tsv directly in /tmp/hedge-eval* and /tmp/hedge-round* (real news annotated by
 * hand, kept out of the repository because the text belongs to the sites that published it; see
 * docs/eval/hedges-heldout.md). The set format is described in hedge-gold.ts.
 *
 * `--baseline` scores a naive 30-cue substring list instead (category not checked), for comparison.
 *
 * Reports, per file, sentence-level precision/recall/F1 (is the sentence hedged at all?) and
 * cue-level precision/recall/F1 (a found cue counts when it overlaps an expected cue of the same
 * category; `exact` additionally requires the same text), then the totals over all files and per
 * script (Simplified or Traditional, as `detectScript` reads each file).
 */
import { existsSync, readdirSync } from 'node:fs';
import { detectScript } from '../src/convert/detect-script.js';
import { detectHedges } from '../src/hedges/index.js';
import { add, type Counts, type Cue, countSentence, loadGold, matchCues, prf, zero } from './hedge-gold.js';

// `--baseline`: score a naive 30-cue substring list instead (the kind of peer the issue compares to).
const BASELINE = [
  '据悉',
  '据了解',
  '据报道',
  '据称',
  '据传',
  '据说',
  '据信',
  '消息人士',
  '知情人士',
  '有消息称',
  '可能',
  '或将',
  '或许',
  '也许',
  '似乎',
  '好像',
  '疑似',
  '不排除',
  '恐怕',
  '估计',
  '预计',
  '预测',
  '有望',
  '大概',
  '看来',
  '未必',
  '不一定',
  '尚未证实',
  '有待证实',
  '未经证实',
];
function baseline(sentence: string): Cue[] {
  const found: Cue[] = [];
  for (const cue of BASELINE) {
    for (let at = sentence.indexOf(cue); at >= 0; at = sentence.indexOf(cue, at + cue.length)) {
      found.push({ cue, category: '*', start: at, end: at + cue.length });
    }
  }
  return found;
}
const useBaseline = process.argv.includes('--baseline');
const verbose = process.argv.includes('--verbose');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// Default: the in-repository Traditional set, plus every real-news set kept outside the repository,
// in /tmp/hedge-eval* (the first rounds) and /tmp/hedge-round* (round 4 on; see
// docs/eval/hedges-heldout.md), when they exist. Sub-directories (work files, variants) are not read.
const OUTSIDE = (existsSync('/tmp') ? readdirSync('/tmp') : [])
  .filter((name) => /^hedge-(?:eval|round)/.test(name))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .flatMap((name) =>
    readdirSync(`/tmp/${name}`)
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => `/tmp/${name}/${f}`),
  );
const files = args.length > 0 ? args : ['tests/fixtures/hedges-heldout-hant.tsv', ...OUTSIDE];

// Totals over every file, and per script (as detectScript reads each file's sentences), printed at
// the end when more than one file was scored.
type Pool = { files: number; sentences: number; hedged: number; s: Counts; c: Counts };
const pool = (): Pool => ({ files: 0, sentences: 0, hedged: 0, s: zero(), c: zero() });
const pooled = pool();
const byScript = new Map<string, Pool>();

for (const file of files) {
  const gold = loadGold(file);
  const s = zero();
  const c = zero();
  const x = zero();
  for (const g of gold) {
    const found: Cue[] = useBaseline ? baseline(g.sentence) : detectHedges(g.sentence);
    countSentence(s, g.cues.length > 0, found.length > 0);
    const m = matchCues(g.cues, found, useBaseline);
    add(c, m.overlap);
    add(x, m.exact);
    if (verbose) {
      for (const h of m.unmatchedFound) console.log(`  FP ${h.cue}:${h.category}\t${g.sentence}`);
      for (const e of m.unmatchedExpected) console.log(`  FN ${e.cue}:${e.category}\t${g.sentence}`);
    }
  }
  const hedged = gold.filter((g) => g.cues.length > 0).length;
  console.log(`${file}: ${gold.length} sentences, ${hedged} hedged`);
  console.log(`  sentence-level  ${prf(s)}`);
  console.log(`  cue-level       ${prf(c)}`);
  console.log(`  cue-level exact ${prf(x)}`);
  const script = detectScript(gold.map((g) => g.sentence).join('\n')).script;
  if (!byScript.has(script)) byScript.set(script, pool());
  for (const into of [pooled, byScript.get(script)!]) {
    into.files++;
    into.sentences += gold.length;
    into.hedged += hedged;
    add(into.s, s);
    add(into.c, c);
  }
}
if (files.length > 1) {
  const report = (label: string, p: Pool) => {
    console.log(`${label} ${p.files} files: ${p.sentences} sentences, ${p.hedged} hedged`);
    console.log(`  sentence-level  ${prf(p.s)}`);
    console.log(`  cue-level       ${prf(p.c)}`);
  };
  report('pooled over', pooled);
  for (const [script, p] of [...byScript].sort()) report(`pooled, ${script},`, p);
}
