/**
 * Who an attribution cites: the `{source}` slot of a frame, as written, and whether anyone is named.
 * @internal
 */
import type { RawHit } from './matcher.js';

/** The source fields of a hedge: `source` when the cue's frame has one, `anonymous` for attributions. */
export function sourceOf(text: string, hit: RawHit): { source?: string; anonymous?: boolean } {
  // Every source the lexicon's {source} slot accepts is vague (a kind of person, a whole country's
  // media, the public): named outlets and officials are not hedges and never reach this point.
  if (hit.source) return { source: text.slice(hit.source.start, hit.source.end), anonymous: true };
  if (hit.entry.category === 'attribution') return { anonymous: true };
  return {};
}
