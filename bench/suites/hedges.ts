/**
 * detectHedges on the fixture repeated to ~5 MB, beside the naive peer: one `indexOf` loop per
 * literal cue of the same lexicon (no frames, no cancelling contexts, no sentences, so it does
 * less work than we do).
 */
import { detectHedges } from '../../src/hedges/index.js';
import { LEXICON, SLOTS } from '../../src/hedges/lexicon.js';
import { compileMatcher } from '../../src/hedges/matcher.js';
import { type BenchRow, fixture, repeatToSize, throughput, utf8Bytes } from '../lib.js';

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
  const ours = await throughput(bytes, () => detectHedges(text));
  const matchOnly = await throughput(bytes, () => matcher.match(text));
  const peer = await throughput(bytes, () => naiveIndexOf(text, cues));
  return [
    {
      capability: 'detectHedges',
      input: `fixture ×${Math.round(bytes / utf8Bytes(fixture))} (${(bytes / 1e6).toFixed(1)} MB)`,
      ours,
      peer: { name: `naive indexOf × ${cues.length} cues`, mbps: peer },
      note: `matcher alone ${matchOnly.toFixed(0)} MB/s (rest is splitSentences); compile ${compileMs.toFixed(1)} ms; ${LEXICON.length} entries`,
    },
  ];
}
