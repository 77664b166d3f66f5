/**
 * Experiment behind docs/adr/0039: would requiring each cue to start and end on a segmentit word
 * boundary make detectHedges better? Prints sentence-level F1 with and without the requirement on
 * hand-annotated files (same format as scripts/eval-hedges.ts), and segmentit's time.
 *
 *   npx tsx scripts/hedges-segmentit-experiment.ts tests/fixtures/hedges-heldout3-hant.tsv …
 */
import { readFileSync } from 'node:fs';
import segmentit from 'segmentit';
import { detectHedges } from '../src/hedges/index.js';

interface SegmentitModule {
  Segment: new () => unknown;
  useDefault: (s: unknown) => { doSegment: (t: string, o: { simple: true }) => string[] };
}
const { Segment, useDefault } = segmentit as unknown as SegmentitModule;
const segmenter = useDefault(new Segment());

function f1(tp: number, fp: number, fn: number): string {
  return `${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

for (const file of process.argv.slice(2)) {
  const plain = { tp: 0, fp: 0, fn: 0 };
  const bounded = { tp: 0, fp: 0, fn: 0 };
  let ms = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [expected = '', sentence = ''] = line.split('\t');
    const gold = expected !== '-';
    const found = detectHedges(sentence);
    const t0 = performance.now();
    const words = segmenter.doSegment(sentence, { simple: true });
    ms += performance.now() - t0;
    const bounds = new Set<number>([0]);
    let at = 0;
    for (const w of words) {
      at = sentence.indexOf(w, at) + w.length;
      bounds.add(at);
    }
    const kept = found.filter((h) => bounds.has(h.start) && bounds.has(h.end));
    for (const [score, hedged] of [
      [plain, found.length > 0],
      [bounded, kept.length > 0],
    ] as const) {
      if (hedged && gold) score.tp++;
      else if (hedged) score.fp++;
      else if (gold) score.fn++;
    }
  }
  console.log(`${file}`);
  console.log(`  sentence F1 as shipped:               ${f1(plain.tp, plain.fp, plain.fn)}`);
  console.log(`  sentence F1 with segmentit boundaries: ${f1(bounded.tp, bounded.fp, bounded.fn)}`);
  console.log(`  segmentit time: ${ms.toFixed(0)} ms`);
}
