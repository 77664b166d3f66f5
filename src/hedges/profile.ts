import type { Hedge, HedgeCategory, HedgeProfile } from './types.js';

/**
 * The article-level summary of hedges already found in a text of `sentenceCount` sentences:
 * shared by `hedgeProfile` and the pipeline (which has its hedges and sentences at hand and
 * must not detect them twice). A sentence is hedged when at least one hedge lies in it.
 * @internal
 */
export function summarizeHedges(
  hedges: readonly Pick<Hedge, 'category' | 'sentence' | 'source'>[],
  sentenceCount: number,
): HedgeProfile {
  const byCategory: Record<HedgeCategory, number> = { attribution: 0, speculation: 0, unconfirmed: 0 };
  const hedged = new Set<number>();
  const sources = new Map<string, number>();
  for (const h of hedges) {
    byCategory[h.category]++;
    hedged.add(h.sentence.start);
    if (h.source !== undefined) sources.set(h.source, (sources.get(h.source) ?? 0) + 1);
  }
  const sentences = Math.max(sentenceCount, hedged.size);
  return {
    sentences,
    hedgedSentences: hedged.size,
    ratio: sentences === 0 ? 0 : hedged.size / sentences,
    byCategory,
    sources: [...sources]
      .map(([source, count]) => ({ source, count }))
      .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
  };
}
