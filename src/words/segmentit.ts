/// <reference path="./segmentit-module.d.ts" />
import * as segmentitNamespace from 'segmentit';

/** A segmenter as `tokenize` uses it internally: whitespace-free text in, words in order out. */
export type SegmentFn = (run: string) => Iterable<string>;

type SegmentitApi = Pick<typeof segmentitNamespace, 'Segment' | 'useDefault'>;

let cached: SegmentFn | undefined;

/**
 * The default segmenter: segmentit with its bundled dictionaries. Building the dictionaries takes
 * a quarter to half a second and tens of MB, so it happens on the first call, once, and never at
 * import time.
 */
export function segmentitSegmenter(): SegmentFn {
  if (cached) return cached;
  const api = resolveApi(segmentitNamespace);
  const segment = api.useDefault(new api.Segment());
  cached = (run) => segment.doSegment(run, { simple: true });
  return cached;
}

// segmentit's ESM build (what bundlers pick through its `module` field) has named exports only;
// its CommonJS build, which Node's ESM loader wraps, is reachable only through `default`.
function resolveApi(ns: unknown): SegmentitApi {
  const named = ns as Partial<SegmentitApi> & { default?: SegmentitApi };
  if (typeof named.Segment === 'function' && typeof named.useDefault === 'function') {
    return named as SegmentitApi;
  }
  if (named.default && typeof named.default.Segment === 'function') return named.default;
  throw new Error('zh-news-normalize/words: could not load segmentit (no Segment export found)');
}
