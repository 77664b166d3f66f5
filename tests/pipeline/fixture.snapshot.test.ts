import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { normalizeArticle } from '../../src/pipeline/index.js';

const fixture = readFileSync(new URL('../fixtures/scraped-article-414w.txt', import.meta.url), 'utf8');

// The whole article for the real scraped page, as pretty JSON that a reviewer can read in a diff.
// When a stage changes on purpose, regenerate with `npx vitest run tests/pipeline -u` and read
// the diff before committing it.
it('normalizeArticle on the scraped fixture', async () => {
  const article = normalizeArticle(fixture);
  await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(
    '../__snapshots__/normalizeArticle.fixture.json',
  );
});
