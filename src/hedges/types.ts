/**
 * Public types of the hedge detector.
 * @module
 */
import type { Span } from '../span.js';

/**
 * What kind of hedge a cue is.
 * - `attribution`: the claim rests on hearsay or a vague, unnamed source (`据悉`, `消息人士指出`).
 * - `speculation`: epistemic possibility, probability, prediction or estimate (`可能`, `不排除`).
 * - `unconfirmed`: the status of a fact is explicitly unverified or unknown (`尚未证实`, `不得而知`).
 */
export type HedgeCategory = 'attribution' | 'speculation' | 'unconfirmed';

/** One hedge cue found in a text. */
export interface Hedge {
  /** The cue exactly as written: always `text.slice(start, end)`. */
  cue: string;
  /** What kind of hedge it is. */
  category: HedgeCategory;
  /** UTF-16 offset of the first code unit of the cue in the input. */
  start: number;
  /** UTF-16 offset just past the cue in the input. */
  end: number;
  /** The sentence the cue is in (from `splitSentences`), as offsets into the input. */
  sentence: Span;
  /** Who is said to have said it, as written (`俄罗斯媒体`, `多家俄媒`, `知情人士`), when the cue names a source. */
  source?: string;
  /** `true` when no one is named: every attribution hedge, and any hedge that carries a vague source. */
  anonymous?: boolean;
}

/**
 * One cue of the lexicon. A plain entry matches `cue` literally; an entry with a `frame` matches the
 * frame's template, in which `{slot}` stands for one of the lexicon's slot patterns
 * (`{source}` is the vague source and is returned as {@link Hedge.source}).
 *
 * Cancelling contexts are plain strings, never regular expressions:
 * - `cancelBefore`: text immediately before the cue that cancels it (negators such as `不` before `可能`,
 *   longer words such as `根` before `据说`);
 * - `cancelAfter`: text immediately after the cue that cancels it (`性` after `可能`);
 * - `cancelContexts`: a context containing the cue once, in which `…` stands for a short gap inside
 *   the same clause (`使…成为可能`, `辟谣…传言`);
 * - `requireAfter`: when given, the cue counts only if immediately followed by one of these;
 * - `requireBefore`: when given, the cue counts only if immediately preceded by one of these
 *   (Hong Kong `警方相信`: `相信` hedges only after an institutional subject).
 */
export interface LexiconEntry {
  /** The literal cue, or for a frame entry the name users pass to `remove` it. */
  cue: string;
  /** The category the cue signals. */
  category: HedgeCategory;
  /** A template with `{slot}` placeholders, for cues that span a source or a gap. */
  frame?: string;
  /** Text immediately before the cue that cancels it. */
  cancelBefore?: readonly string[];
  /** Text immediately after the cue that cancels it. */
  cancelAfter?: readonly string[];
  /** Contexts containing the cue (with `…` for a short gap) in which it is not a hedge. */
  cancelContexts?: readonly string[];
  /** When given, the cue counts only if immediately followed by one of these. */
  requireAfter?: readonly string[];
  /** When given, the cue counts only if immediately preceded by one of these. */
  requireBefore?: readonly string[];
}

/** Changes to the built-in lexicon. */
export interface LexiconOptions {
  /** Extra entries; an entry whose `cue` equals a built-in one replaces it. */
  add?: readonly LexiconEntry[];
  /** `cue` values (or frame names) of built-in entries to drop. */
  remove?: readonly string[];
}

/** Options of {@link detectHedges} and {@link hedgeProfile}. */
export interface HedgeOptions {
  /**
   * Add cues to, or remove cues from, the built-in lexicon. The matcher for a given `lexicon` object
   * is compiled once and cached, so pass the same object on every call.
   */
  lexicon?: LexiconOptions;
  /** Only report these categories (default: all three). */
  categories?: readonly HedgeCategory[];
}

/** The article-level summary returned by {@link hedgeProfile}. */
export interface HedgeProfile {
  /** Number of sentences in the text. */
  sentences: number;
  /** Number of sentences with at least one hedge. */
  hedgedSentences: number;
  /** `hedgedSentences / sentences`, or 0 for a text without sentences. */
  ratio: number;
  /** Number of hedges per category. */
  byCategory: Record<HedgeCategory, number>;
  /** Each distinct source named by an attribution, with how many hedges cite it, most cited first. */
  sources: { source: string; count: number }[];
}
