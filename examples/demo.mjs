// `npm run demo`: runs the library over a scraped article (examples/article.txt by default) and
// prints what it did. Uses the built package, exactly as a consumer would.
import { readFileSync } from 'node:fs';
import { normalizeTextWithMap } from 'zh-news-normalize';

const file = process.argv[2] ?? new URL('./article.txt', import.meta.url);
const raw = readFileSync(file, 'utf8');
const { text, map } = normalizeTextWithMap(raw);

console.log(text);
console.error(
  `\n--- normalizeText: ${raw.length} → ${text.length} characters, ${map.changes.length} rewritten stretches; the first five:`,
);
for (const change of map.changes.slice(0, 5)) {
  const before = raw.slice(change.source.start, change.source.end);
  const after = text.slice(change.target.start, change.target.end);
  console.error(`  at ${change.source.start}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
}
