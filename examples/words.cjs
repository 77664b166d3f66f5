// Consumer smoke test: the `zh-news-normalize/words` entry point loaded with require().
const assert = require('node:assert/strict');
const { tokenize } = require('zh-news-normalize/words');

const input = '在 19 16 年';
assert.deepEqual(tokenize(input), [
  { text: '在', start: 0, end: 1 },
  { text: '19', start: 2, end: 4 },
  { text: '16', start: 5, end: 7 },
  { text: '年', start: 8, end: 9 },
]);
