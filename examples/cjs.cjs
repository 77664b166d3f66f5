// Consumer smoke test: CommonJS require() of the built package, by its name.
const assert = require('node:assert/strict');
const { normalizeText, normalizeTextWithMap } = require('zh-news-normalize');

assert.equal(normalizeText('日前,金正恩 接见了ＡＰＰ用户...'), '日前，金正恩接见了APP用户……');
assert.equal(normalizeTextWithMap('a  b').text, 'a b');
assert.throws(() => normalizeText(null), /normalizeText: expected text to be a string/);
