/**
 * Written Cantonese: characters of its everyday grammar that standard written Chinese does not
 * use. Trigram statistics see Cantonese in Traditional characters as Mandarin; these markers
 * are what tells them apart. `係` (to be) is left out: Mandarin writes it in `關係`.
 * @internal
 */
export const CANTONESE_MARKERS: ReadonlySet<string> = new Set([
  // Particles and aspect markers: possessive 嘅, perfective 咗, plural 哋, "some" 啲.
  '嘅',
  '咗',
  '哋',
  '啲',
  // Negation and existence: 唔 (not), 冇 (have not).
  '唔',
  '冇',
  // Pronoun and verbs: 佢 (he/she), 喺 (at), 嚟 (come), 嘢 (thing).
  '佢',
  '喺',
  '嚟',
  '嘢',
]);

/** Fewest marker occurrences for a Chinese text to be called Cantonese. */
export const CANTONESE_MIN_MARKERS = 2;
