/**
 * Boundary precision / recall / F1 of splitSentences and its peers on gold data.
 *
 *   npx tsx scripts/eval-sentences.ts <dir> [--errors N]
 *
 * `<dir>` holds gold files kept outside the repository (their text is not ours to commit):
 * - `*.txt`: one sentence per line, in order. Each file is measured as three variants:
 *   `clean` (the sentences concatenated as Chinese is written, no separator; only after a
 *   sentence that ends without any mark, a heading or caption, a line break as in real text),
 *   `half-width`
 *   (`。！？，；：（）` replaced by `.!?,;:()`, offsets unchanged) and `paragraphs` (a blank line
 *   inserted after every few sentences, deterministically). A file whose name contains `zh-hans`
 *   is also measured as `traditional`: converted with OpenCC (cn → twp) and Taiwan-style quotes
 *   `「」『』`, sentence by sentence.
 * - `*.cases`: rule cases of other splitters, blocks of `input`, `---`, expected sentences one a
 *   line, blocks separated by `===` (the format of sentencex's tests/<lang>.txt).
 *
 * The figures in README.md, section Sentences come from these public sources, copied by hand into
 * a directory outside the repository (one sentence per line, CSV quoting removed):
 * - WMT newstest zh→en source sides as published in the GitHub repository
 *   philexohf/Practical_AI_with_PyTorch, datasets/WMT-Chinese-to-English-Machine-Translation-newstest/:
 *   `damo_mt_testsets_zh2en_news_wmt19.csv` characters 0–16,000 (development set, 91 lines) and
 *   200,000–216,000 (80 lines), `…_wmt18.csv` characters 100,000–116,000 (82 lines) and
 *   400,000–416,000 (82 lines); the first, cut-off line of each window dropped.
 * - UniversalDependencies/UD_Chinese-GSD `zh_gsd-ud-test.conllu`, `# text` of test-s1…s8, and
 *   UD_Chinese-HK `zh_hk-ud-test.conllu`, `# text` of sentences 418–432.
 * - The Chinese rule cases of pySBD (`tests/lang/test_chinese.py`) and of the sentencesplit
 *   package's Chinese tests, as a `.cases` file.
 *
 * A boundary is the offset just after the last non-whitespace character of a sentence (every
 * sentence but the last). A predicted boundary counts only at exactly the gold offset, so a
 * closing quote put into the wrong sentence costs one false positive and one false negative.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { split as sentenceSplitterSplit } from 'sentence-splitter';
import { splitSentences } from '../src/index.js';

// sentencex is not a devDependency: its package.json lists platform packages that the npm
// registry does not have, which breaks `npm ci`. To compare against it, install it by hand
// (`npm install --no-save sentencex`); without it, its column is left out.
const sentencex = await import('sentencex').catch(() => undefined);

type Splitter = (text: string) => number[]; // sentence end offsets (trimmed), in order

const WS = /\s/;
function trimEnd(text: string, end: number, start = 0): number {
  while (end > start && WS.test(text[end - 1]!)) end--;
  return end;
}

const intl = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** Ends of consecutive pieces that together are the whole text. */
function endsOfPieces(text: string, pieces: Iterable<string>): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    const found = text.startsWith(piece, at) ? at : text.indexOf(piece, at);
    if (found < 0) continue;
    at = found + piece.length;
    if (piece.trim()) ends.push(trimEnd(text, at, found));
  }
  return ends;
}

const SPLITTERS: Record<string, Splitter> = {
  splitSentences: (text) => splitSentences(text).map((s) => s.end),
  'Intl.Segmenter': (text) =>
    [...intl.segment(text)]
      .filter((s) => s.segment.trim())
      .map((s) => trimEnd(text, s.index + s.segment.length, s.index)),
  ...(sentencex && { sentencex: (text: string) => endsOfPieces(text, sentencex.segment('zh', text)) }),
  'sentence-splitter': (text) =>
    sentenceSplitterSplit(text)
      .filter((node) => node.type === 'Sentence')
      .map((node) => trimEnd(text, node.range[1], node.range[0])),
  'naive [。！？!?]': (text) => {
    const ends: number[] = [];
    for (const m of text.matchAll(/[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)/g)) {
      if (m[0].trim()) ends.push(trimEnd(text, m.index + m[0].length, m.index));
    }
    return ends;
  },
};

interface Doc {
  text: string;
  gold: number[]; // boundary offsets
}

/** Builds a document from gold sentences with `sep(i)` between sentence i and i+1. */
function build(sentences: string[], sep: (i: number) => string, map: (s: string) => string = (s) => s): Doc {
  let text = '';
  const gold: number[] = [];
  sentences.forEach((s, i) => {
    text += map(s);
    if (i < sentences.length - 1) {
      gold.push(text.length);
      text += sep(i);
    }
  });
  return { text, gold };
}

/** A sentence that ends with a mark (and closing quotes or brackets); others are headings. */
const ENDS_WITH_MARK = /[。！？!?.…⋯；;：:][”’」』）)\]"'》]*$/;

const HALF: Record<string, string> = {
  '。': '.',
  '！': '!',
  '？': '?',
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
};
const toHalfWidth = (s: string): string => s.replace(/[。！？，；：（）]/g, (c) => HALF[c]!);

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'twp' });
const TW_QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const toTraditional = (s: string): string => cnToTw(s).replace(/[“”‘’]/g, (c) => TW_QUOTES[c]!);

/** Deterministic pseudo-random paragraph lengths of 2–6 sentences. */
function paragraphSep(i: number): string {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  return h % 4 === 0 ? '\n\n' : '';
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function score(doc: Doc, splitter: Splitter): Score {
  const predicted = splitter(doc.text);
  predicted.pop(); // the end of the last sentence is the end of the text, not a boundary
  const gold = new Set(doc.gold);
  const pred = new Set(predicted.filter((p) => p < trimEnd(doc.text, doc.text.length)));
  let tp = 0;
  for (const p of pred) if (gold.has(p)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

function f(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function errors(doc: Doc, splitter: Splitter, limit: number): string[] {
  const predicted = new Set(splitter(doc.text));
  const gold = new Set(doc.gold);
  const out: string[] = [];
  const ctx = (at: number) =>
    JSON.stringify(`${doc.text.slice(Math.max(0, at - 25), at)}‖${doc.text.slice(at, at + 15)}`);
  for (const g of doc.gold) if (!predicted.has(g) && out.length < limit) out.push(`  missed ${ctx(g)}`);
  const last = trimEnd(doc.text, doc.text.length);
  for (const p of predicted)
    if (!gold.has(p) && p < last && out.length < limit * 2) out.push(`  extra  ${ctx(p)}`);
  return out;
}

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  console.error('usage: tsx scripts/eval-sentences.ts <dir> [--errors N]');
  process.exit(2);
}
const errorLimit = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

const rows: string[][] = [];
const names = Object.keys(SPLITTERS);
for (const file of readdirSync(dir).sort()) {
  const content = readFileSync(join(dir, file), 'utf8');
  const sets: [string, Doc[]][] = [];
  if (file.endsWith('.txt')) {
    const sentences = content
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const joiner = (i: number) => (ENDS_WITH_MARK.test(sentences[i]!) ? '' : '\n');
    sets.push([`${file} clean (${sentences.length} sent.)`, [build(sentences, joiner)]]);
    sets.push([`${file} half-width`, [build(sentences, joiner, toHalfWidth)]]);
    sets.push([`${file} paragraphs`, [build(sentences, (i) => paragraphSep(i) || joiner(i))]]);
    if (file.includes('zh-hans')) {
      sets.push([`${file} traditional`, [build(sentences.map(toTraditional), joiner)]]);
    }
  } else if (file.endsWith('.cases')) {
    const docs: Doc[] = [];
    for (const block of content.split(/^===\s*$/m)) {
      const [input, expected] = block.split(/^---\s*$/m);
      if (!input?.trim() || !expected) continue;
      const text = input.trim();
      const gold: number[] = [];
      let at = 0;
      for (const s of expected
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        at = text.indexOf(s, at) + s.length;
        gold.push(at);
      }
      gold.pop();
      docs.push({ text, gold });
    }
    sets.push([`${file} (${docs.length} cases)`, docs]);
  } else continue;

  for (const [label, docs] of sets) {
    const row = [label];
    for (const name of names) {
      const total: Score = { tp: 0, fp: 0, fn: 0 };
      for (const doc of docs) {
        const s = score(doc, SPLITTERS[name]!);
        total.tp += s.tp;
        total.fp += s.fp;
        total.fn += s.fn;
      }
      const { p, r, f1 } = f(total);
      row.push(`${f1.toFixed(4)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`);
      if (errorLimit && name === 'splitSentences') {
        for (const doc of docs)
          for (const line of errors(doc, SPLITTERS[name]!, errorLimit)) console.error(`${label}: ${line}`);
      }
    }
    rows.push(row);
  }
}

console.log(`| set | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
