/**
 * detectHedges on the fixture repeated to ~5 MB, beside the naive peer: one `indexOf` loop per
 * literal cue of the same lexicon (no frames, no cancelling contexts, no sentences, so it does
 * less work than we do).
 */
import { detectHedges } from '../../src/hedges/index.js';
import { LEXICON, SLOTS } from '../../src/hedges/lexicon.js';
import { compileMatcher } from '../../src/hedges/matcher.js';
import { type BenchRow, fixture, repeatToSize, throughput, utf8Bytes } from '../lib.js';

/**
 * MB/s by CPU time (best of `runs` calls): steadier than wall-clock on a shared machine, where other
 * jobs preempt the benchmark.
 */
function cpuMbps(bytes: number, fn: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return bytes / 1e6 / (best / 1000);
}

/** The peer: every occurrence of every literal cue, found by a separate indexOf scan per cue. */
function naiveIndexOf(text: string, cues: readonly string[]): number {
  let found = 0;
  for (const cue of cues) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) found++;
  }
  return found;
}

export default async function hedgesBench(): Promise<BenchRow[]> {
  const text = repeatToSize(fixture, 5_000_000);
  const bytes = utf8Bytes(text);
  const cues = LEXICON.filter((e) => !e.frame).map((e) => e.cue);
  const t0 = performance.now();
  const matcher = compileMatcher(LEXICON, SLOTS);
  const compileMs = performance.now() - t0;
  // tinybench's 200 ms warm-up is one or two calls at 5 MB: warm every contender up the same way first,
  // so that the first one measured is not the one still being optimised by the JIT.
  for (let i = 0; i < 5; i++) {
    detectHedges(text);
    matcher.match(text);
    naiveIndexOf(text, cues);
  }
  const ours = await throughput(bytes, () => detectHedges(text));
  const matchOnly = await throughput(bytes, () => matcher.match(text));
  const peer = await throughput(bytes, () => naiveIndexOf(text, cues));
  const oursCpu = cpuMbps(bytes, () => detectHedges(text));
  const peerCpu = cpuMbps(bytes, () => naiveIndexOf(text, cues));
  // Worst case for the per-line sentence lookup: one 1 MB line that is a cue every other character
  // (measured last: its 500 000 results per call would otherwise load the GC during the others).
  const dense = '可能'.repeat(500_000);
  const denseMbps = await throughput(utf8Bytes(dense), () => detectHedges(dense), 500);
  return [
    {
      capability: 'detectHedges',
      input: `fixture ×${Math.round(bytes / utf8Bytes(fixture))} (${(bytes / 1e6).toFixed(1)} MB)`,
      ours,
      peer: { name: `naive indexOf × ${cues.length} cues`, mbps: peer },
      note:
        `by CPU time: ours ${oursCpu.toFixed(0)} MB/s, peer ${peerCpu.toFixed(0)} MB/s; ` +
        `matcher alone ${matchOnly.toFixed(0)} MB/s (the rest is splitSentences); ` +
        `compile ${compileMs.toFixed(1)} ms; ${LEXICON.length} entries`,
    },
    {
      capability: 'detectHedges',
      input: 'one 1 MB line, a cue every 2 characters',
      ours: denseMbps,
      note: '500 000 hedges per call; linear (each line is scanned for line breaks once)',
    },
  ];
}
