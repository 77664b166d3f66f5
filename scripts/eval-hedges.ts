/**
 * Measures detectHedges on hand-annotated sentences that were never used to tune the rules.
 *
 *   npx tsx scripts/eval-hedges.ts [file.tsv …]
 *
 * Default input: tests/fixtures/hedges-heldout-hant.tsv (Traditional, written for this purpose) and,
 * when present, every .tsv in /tmp/hedge-eval (real Simplified sentences from /work/shared/dev-pages)
 * and /tmp/hedge-eval2 and /tmp/hedge-eval3 (real news: WMT17 Simplified, Hong Kong Traditional), annotated by hand and
 * kept out of the repository because the text belongs to the sites that published it. Each line is `expected<TAB>sentence`; `expected` is `-` or
 * `cue:category` items separated by commas. Lines starting with `#` are comments.
 *
 * `--baseline` scores a naive 30-cue substring list instead (category not checked), for comparison.
 *
 * Reports, per file, sentence-level precision/recall/F1 (is the sentence hedged at all?) and
 * cue-level precision/recall/F1 (a found cue counts when it overlaps an expected cue of the same
 * category; `exact` additionally requires the same text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { detectHedges } from '../src/hedges/index.js';

interface Gold {
  sentence: string;
  cues: { cue: string; category: string; start: number; end: number }[];
}

function load(file: string): Gold[] {
  const out: Gold[] = [];
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [expected = '', sentence = ''] = line.split('\t');
    const cues: Gold['cues'] = [];
    let from = 0;
    if (expected !== '-') {
      for (const item of expected.split(',')) {
        const [cue = '', category = ''] = item.split(':');
        const start = sentence.indexOf(cue, from);
        if (start < 0) throw new Error(`${file}:${n + 1}: cue ${cue} not in sentence`);
        cues.push({ cue, category, start, end: start + cue.length });
        from = start + cue.length;
      }
    }
    out.push({ sentence, cues });
  }
  return out;
}

function prf(tp: number, fp: number, fn: number): string {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

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
function baseline(sentence: string): { cue: string; category: string; start: number; end: number }[] {
  const found: { cue: string; category: string; start: number; end: number }[] = [];
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

// Totals over every file, printed at the end when more than one file was scored.
const pooled = { sentences: 0, hedged: 0, s: { tp: 0, fp: 0, fn: 0 }, c: { tp: 0, fp: 0, fn: 0 } };

for (const file of files) {
  const gold = load(file);
  const s = { tp: 0, fp: 0, fn: 0 };
  const c = { tp: 0, fp: 0, fn: 0 };
  const x = { tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    const found = useBaseline ? baseline(g.sentence) : detectHedges(g.sentence);
    const hedged = found.length > 0;
    const expected = g.cues.length > 0;
    if (hedged && expected) s.tp++;
    else if (hedged) s.fp++;
    else if (expected) s.fn++;
    const used = new Set<number>();
    const usedExact = new Set<number>();
    for (const h of found) {
      const i = g.cues.findIndex(
        (e, k) =>
          !used.has(k) && (useBaseline || e.category === h.category) && h.start < e.end && e.start < h.end,
      );
      if (i >= 0) {
        used.add(i);
        c.tp++;
      } else {
        c.fp++;
        if (verbose) console.log(`  FP ${h.cue}:${h.category}\t${g.sentence}`);
      }
      const j = g.cues.findIndex(
        (e, k) =>
          !usedExact.has(k) &&
          (useBaseline || e.category === h.category) &&
          e.start === h.start &&
          e.end === h.end,
      );
      if (j >= 0) {
        usedExact.add(j);
        x.tp++;
      } else x.fp++;
    }
    c.fn += g.cues.length - used.size;
    x.fn += g.cues.length - usedExact.size;
    if (verbose) {
      for (const [k, e] of g.cues.entries())
        if (!used.has(k)) console.log(`  FN ${e.cue}:${e.category}\t${g.sentence}`);
    }
  }
  console.log(`${file}: ${gold.length} sentences, ${gold.filter((g) => g.cues.length > 0).length} hedged`);
  console.log(`  sentence-level  ${prf(s.tp, s.fp, s.fn)}`);
  console.log(`  cue-level       ${prf(c.tp, c.fp, c.fn)}`);
  console.log(`  cue-level exact ${prf(x.tp, x.fp, x.fn)}`);
  pooled.sentences += gold.length;
  pooled.hedged += gold.filter((g) => g.cues.length > 0).length;
  for (const k of ['tp', 'fp', 'fn'] as const) {
    pooled.s[k] += s[k];
    pooled.c[k] += c[k];
  }
}
if (files.length > 1) {
  console.log(`pooled over ${files.length} files: ${pooled.sentences} sentences, ${pooled.hedged} hedged`);
  console.log(`  sentence-level  ${prf(pooled.s.tp, pooled.s.fp, pooled.s.fn)}`);
  console.log(`  cue-level       ${prf(pooled.c.tp, pooled.c.fp, pooled.c.fn)}`);
}
