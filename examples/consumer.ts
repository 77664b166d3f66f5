// Consumer smoke test: a TypeScript project (module and moduleResolution node16) type-checks
// against the declarations the package ships. Compiled with `tsc -p examples`, never run.
import {
  type NormalizeTextOptions,
  normalizeText,
  normalizeTextWithMap,
  type OffsetMap,
  type Span,
} from 'zh-news-normalize';

const options: NormalizeTextOptions = { punctuation: false, cjkSpaces: true };
const clean: string = normalizeText('日前,金正恩 接见', options);
const result: { text: string; map: OffsetMap } = normalizeTextWithMap(clean);
const span: Span = result.map.spanToSource({ start: 0, end: 2 });
export const summary = `${result.text}:${span.start}-${span.end}`;

// @ts-expect-error: options are checked, unknown rule names are rejected
normalizeText('x', { noSuchRule: false });
