// Consumer smoke test: ES module import of the built package, by its name.
import assert from 'node:assert/strict';
import { normalizeText, normalizeTextWithMap, OffsetMap } from 'zh-news-normalize';

assert.equal(normalizeText('日前,金正恩 接见了ＡＰＰ用户...'), '日前，金正恩接见了APP用户……');
const { text, map } = normalizeTextWithMap('日前,金正恩 接见');
assert.equal(text, '日前，金正恩接见');
assert.ok(map instanceof OffsetMap);
assert.equal(map.toSource(text.indexOf('接见')), 7);
assert.throws(() => normalizeText(42), TypeError);
