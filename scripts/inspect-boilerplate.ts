/**
 * `npx tsx scripts/inspect-boilerplate.ts <dir|file>… [--removed-only] [--kept-only]`
 * Prints, per page, every line in order: `+` kept, `-kind rule` removed; then per-page and total
 * counts. For reading the stripper's decisions on real pages (e.g. /work/shared/dev-pages).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripBoilerplate } from '../src/index.js';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const paths = args.filter((a) => !a.startsWith('--'));
const width = Number(process.env.WIDTH ?? 100);
const files: string[] = [];
for (const p of paths) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort())
      if (f.endsWith('.txt') && f !== 'README.md') files.push(join(p, f));
  } else files.push(p);
}

let keptChars = 0;
let removedChars = 0;
const byRule = new Map<string, number>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const r = stripBoilerplate(text);
  const items = [
    ...r.paragraphs.map((p) => ({ start: p.start, mark: '+', text: p.text })),
    ...r.removed.map((x) => ({ start: x.start, mark: `-${x.kind} ${x.rule}`, text: x.text })),
  ].sort((a, b) => a.start - b.start);
  const k = r.paragraphs.reduce((s, p) => s + p.text.length, 0);
  const d = r.removed.reduce((s, p) => s + p.text.length, 0);
  keptChars += k;
  removedChars += d;
  console.log(
    `\n=== ${file}: kept ${r.paragraphs.length} paragraphs / ${k} chars, removed ${r.removed.length} / ${d} chars`,
  );
  console.log(`    metadata ${JSON.stringify({ ...r.metadata, published: undefined })}`);
  for (const it of items) {
    if (flags.has('--removed-only') && it.mark === '+') continue;
    if (flags.has('--kept-only') && it.mark !== '+') continue;
    const t = it.text.replace(/\s+/g, ' ');
    console.log(`${it.mark.padEnd(34)} ${t.length > width ? `${t.slice(0, width)}…(${t.length})` : t}`);
  }
  for (const x of r.removed) byRule.set(x.rule, (byRule.get(x.rule) ?? 0) + 1);
}
console.log(`\n=== total: ${files.length} pages, kept ${keptChars} chars, removed ${removedChars} chars`);
console.log(
  [...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r}:${n}`)
    .join('  '),
);
