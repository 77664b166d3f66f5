/**
 * splitSentences: MB/s beside `Intl.Segmenter('zh', { granularity: 'sentence' })` on the same
 * input in the same run.
 *
 * - Article-sized documents (2–10 KB), many calls: the fixture and windows of its paragraphs.
 * - One long string: ours on 1 MB and 10 MB. Intl.Segmenter is quadratic on long strings, so it is
 *   measured on a 256 KB string (and 64 KB, to show the slope); the row says so.
 * - Linear-time cases: 1 MB and 10 MB with no punctuation at all (every sentence is cut at
 *   maxLength), and 10 MB of only `。`.
 */
import { splitSentences } from '../../src/index.js';
import { type BenchRow, fixture, repeatToSize, throughput, utf8Bytes } from '../lib.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

function intlSplit(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Article-sized documents: windows of the fixture's paragraphs, 2–10 KB each. */
function articles(): string[] {
  const paragraphs = fixture.split(/\n\s*\n/);
  const docs: string[] = [fixture];
  for (const size of [2_000, 3_000, 4_500, 6_000, 8_000, 10_000]) {
    for (let from = 0; from < paragraphs.length; from += 7) {
      let doc = '';
      for (let i = from; utf8Bytes(doc) < size; i++) doc += `${paragraphs[i % paragraphs.length]}\n\n`;
      docs.push(doc);
    }
  }
  return docs;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

export default async function sentencesSuite(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const docs = articles();
  const docBytes = docs.reduce((sum, d) => sum + utf8Bytes(d), 0);
  const oursDocs = await throughput(docBytes, () => {
    for (const d of docs) splitSentences(d);
  });
  const intlDocs = await throughput(docBytes, () => {
    for (const d of docs) intlSplit(d);
  });
  rows.push({
    capability: 'splitSentences',
    input: `${docs.length} articles of 2–10 KB (${mb(docBytes)} per round)`,
    ours: oursDocs,
    peer: { name: 'Intl.Segmenter', mbps: intlDocs },
  });

  const small = repeatToSize(fixture, 64_000);
  const medium = repeatToSize(fixture, 256_000);
  const intlSmall = await throughput(utf8Bytes(small), () => intlSplit(small), 500);
  const intlMedium = await throughput(utf8Bytes(medium), () => intlSplit(medium), 500);
  for (const size of [1_000_000, 10_000_000]) {
    const long = repeatToSize(fixture, size);
    const bytes = utf8Bytes(long);
    rows.push({
      capability: 'splitSentences',
      input: `one string, fixture repeated (${mb(bytes)})`,
      ours: await throughput(bytes, () => splitSentences(long)),
      peer: {
        name: `Intl.Segmenter on ${mb(utf8Bytes(medium))} (quadratic; too slow at ${mb(bytes)})`,
        mbps: intlMedium,
      },
      note: `Intl.Segmenter on ${mb(utf8Bytes(small))}: ${intlSmall.toFixed(2)} MB/s`,
    });
  }

  for (const [label, unit] of [
    ['no punctuation', '字'],
    ['only 。', '。'],
  ] as const) {
    for (const size of label === 'no punctuation' ? [1_000_000, 10_000_000] : [10_000_000]) {
      const text = unit.repeat(Math.ceil(size / utf8Bytes(unit)));
      const bytes = utf8Bytes(text);
      rows.push({
        capability: 'splitSentences',
        input: `${label} (${mb(bytes)})`,
        ours: await throughput(bytes, () => splitSentences(text), 500),
        note: `linear-time check: ${splitSentences(text).length} sentences of at most 512`,
      });
    }
  }
  return rows;
}
