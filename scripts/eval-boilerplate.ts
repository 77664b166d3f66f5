/**
 * `npx tsx scripts/eval-boilerplate.ts [dir] [--verbose]`: measures stripBoilerplate on the
 * labelled fixtures (tests/fixtures/boilerplate by default), per fixture set (`# set:` tune /
 * fresh) and overall:
 * - body-character recall: non-whitespace body characters kept / all body characters;
 * - boilerplate-character removal: non-whitespace boilerplate characters removed / all of them;
 * - pages with no body paragraph lost: a paragraph is lost when any of its characters is removed;
 * - kind agreement: removed boilerplate lines whose kind is the labelled one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBoilerplate } from '../src/index.js';
import { type Fixture, parseFixture } from '../tests/boilerplate/fixture-format.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/boilerplate';

export interface Score {
  body: number;
  bodyKept: number;
  boiler: number;
  boilerRemoved: number;
  paragraphs: number;
  lost: string[];
  kept: string[];
  boilerLines: number;
  kindAgree: number;
}

export function score(f: Fixture): Score {
  const r = stripBoilerplate(f.input);
  const kept = new Uint8Array(f.input.length);
  for (const p of r.paragraphs) kept.fill(1, p.start, p.end);
  const kindAt = new Map<number, string>();
  for (const x of r.removed) kindAt.set(x.start, x.kind);
  const s: Score = {
    body: 0,
    bodyKept: 0,
    boiler: 0,
    boilerRemoved: 0,
    paragraphs: 0,
    lost: [],
    kept: [],
    boilerLines: 0,
    kindAgree: 0,
  };
  for (const l of f.lines) {
    let total = 0;
    let k = 0;
    for (let i = l.start; i < l.end; i++) {
      if (/\s/.test(f.input[i]!)) continue;
      total++;
      k += kept[i]!;
    }
    const text = f.input.slice(l.start, l.end).trim();
    if (l.label === 'body') {
      s.body += total;
      s.bodyKept += k;
      s.paragraphs++;
      if (k < total) s.lost.push(text);
    } else {
      s.boiler += total;
      s.boilerRemoved += total - k;
      s.boilerLines++;
      if (k > 0) s.kept.push(`${l.label}: ${text}`);
      // kind agreement: the removal that starts at (or covers) this line
      const trimmedStart =
        l.start + (f.input.slice(l.start, l.end).length - f.input.slice(l.start, l.end).trimStart().length);
      if (kindAt.get(trimmedStart) === l.label) s.kindAgree++;
    }
  }
  return s;
}

function sum(scores: Score[]) {
  const t = scores.reduce(
    (a, s) => ({
      body: a.body + s.body,
      bodyKept: a.bodyKept + s.bodyKept,
      boiler: a.boiler + s.boiler,
      boilerRemoved: a.boilerRemoved + s.boilerRemoved,
      clean: a.clean + (s.lost.length === 0 ? 1 : 0),
      boilerLines: a.boilerLines + s.boilerLines,
      kindAgree: a.kindAgree + s.kindAgree,
    }),
    { body: 0, bodyKept: 0, boiler: 0, boilerRemoved: 0, clean: 0, boilerLines: 0, kindAgree: 0 },
  );
  return {
    pages: scores.length,
    recall: t.bodyKept / t.body,
    removal: t.boilerRemoved / t.boiler,
    noLoss: t.clean / scores.length,
    kindAgreement: t.kindAgree / t.boilerLines,
  };
}

export function loadFixtures(d: string): Fixture[] {
  return readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseFixture(f, readFileSync(join(d, f), 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fixtures = loadFixtures(dir);
  const bySet = new Map<string, Score[]>();
  const all: Score[] = [];
  for (const f of fixtures) {
    const s = score(f);
    all.push(s);
    const list = bySet.get(f.set) ?? [];
    list.push(s);
    bySet.set(f.set, list);
    const flag = s.lost.length > 0 ? 'LOST' : s.kept.length > 0 ? 'kept-boilerplate' : 'ok';
    console.log(
      `${f.name.padEnd(40)} ${f.set.padEnd(6)} ${f.shape} recall ${(s.bodyKept / s.body).toFixed(3)} removal ${(s.boilerRemoved / Math.max(1, s.boiler)).toFixed(3)} ${flag}`,
    );
    if (verbose || s.lost.length > 0) for (const t of s.lost) console.log(`    lost: ${t.slice(0, 80)}`);
    if (verbose) for (const t of s.kept) console.log(`    kept: ${t.slice(0, 80)}`);
  }
  const fmt = (x: ReturnType<typeof sum>) =>
    `${x.pages} pages · body recall ${x.recall.toFixed(4)} · boilerplate removal ${x.removal.toFixed(4)} · no paragraph lost ${(x.noLoss * 100).toFixed(1)}% · kind agreement ${(x.kindAgreement * 100).toFixed(1)}%`;
  for (const [set, list] of [...bySet].sort()) console.log(`\n[${set}] ${fmt(sum(list))}`);
  console.log(`[all] ${fmt(sum(all))}`);
}
