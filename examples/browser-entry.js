// Bundled for the browser by examples/browser.mjs and run in headless Chromium: every public
// function of the main entry point must work with no Node.js built-ins.
import { normalizeText, normalizeTextWithMap } from 'zh-news-normalize';

const results = {
  normalizeText: normalizeText('日前,金正恩 接见了ＡＰＰ用户...'),
  mapped: normalizeTextWithMap('日前,金正恩 接见').map.toSource(6),
};
globalThis.__results = results;
