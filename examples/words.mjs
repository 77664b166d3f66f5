// Consumer smoke test: the `zh-news-normalize/words` entry point imported as an ES module from
// the built package. Offsets must be exact and whitespace must separate tokens.
import assert from 'node:assert/strict';
import { tokenize } from 'zh-news-normalize/words';

const input = '金正恩接见俄高官，在 19 16 年';
const tokens = tokenize(input);
assert.deepEqual(
  tokens.map((t) => t.text),
  ['金正恩', '接见', '俄', '高官', '，', '在', '19', '16', '年'],
);
for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
