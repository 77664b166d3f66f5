/**
 * Public types of the boilerplate capability.
 * @module
 */

/** Why a stretch of text was removed from the article body. */
export type Kind =
  | 'title'
  | 'byline'
  | 'caption'
  | 'disclaimer'
  | 'copyright'
  | 'source'
  | 'editor'
  | 'url'
  | 'share'
  | 'related'
  | 'comments'
  | 'navigation'
  | 'advertisement'
  | 'noise';

/** Every kind, in a stable order. */
export const KINDS: readonly Kind[] = [
  'title',
  'byline',
  'caption',
  'disclaimer',
  'copyright',
  'source',
  'editor',
  'url',
  'share',
  'related',
  'comments',
  'navigation',
  'advertisement',
  'noise',
];

/** A kept body paragraph: `text === input.slice(start, end)`. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** A removed stretch: `text === input.slice(start, end)`; `rule` names the rule that fired. */
export interface Removal {
  kind: Kind;
  rule: string;
  text: string;
  start: number;
  end: number;
}

/**
 * A date as read from the page, field by field. `year` is absent when the page gave none
 * (`07-19 16:22`): the library never guesses it. `offset` is the page's own offset, or the
 * `timeZone` option when the page gave none.
 */
export interface PublishedParts {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset: string;
}

/** What the page says about the article. Every field is optional: absent means "not found". */
export interface Metadata {
  title?: string;
  author?: string;
  /**
   * ISO 8601. With a time: `2024-07-19T16:22:30+08:00` (seconds are `00` when the page gave
   * none). With a date only: `2024-07-19`. Absent when the page gave no year; see `published`.
   */
  publishedAt?: string;
  /** The date field by field; present whenever a date was read, with or without a year. */
  published?: PublishedParts;
  /** View / read count (`136`, `阅读 1.2万` → 12000). */
  views?: number;
  source?: string;
  sourceUrl?: string;
  editor?: string;
  reporter?: string;
  originalTitle?: string;
}

/** A pattern added by the user: a line (trimmed) that matches is removed as `kind`. */
export interface CustomRule {
  /** Name reported in `removed[].rule`; also what `disable` accepts. */
  name: string;
  kind: Kind;
  /** Tested against each trimmed line. A string is compiled with the `u` flag. */
  pattern: RegExp | string;
}

/** Options of {@link stripBoilerplate}. */
export interface StripOptions {
  /** Kinds to keep in the body instead of removing them, e.g. `['caption']`. */
  keep?: Kind[];
  /**
   * Add patterns, disable built-in rules by name (see `BUILTIN_RULE_NAMES`), or enable the
   * built-in rules that are off by default (`OFF_BY_DEFAULT_RULES`: `caption.isolated`).
   */
  rules?: {
    add?: CustomRule[];
    disable?: string[];
    enable?: string[];
  };
  /** Offset for dates without one, `±HH:MM` or `Z`. Default `+08:00` (China Standard Time). */
  timeZone?: string;
}

/** Options of {@link extractMetadata}. */
export interface MetadataOptions {
  /** Offset for dates without one, `±HH:MM` or `Z`. Default `+08:00`. */
  timeZone?: string;
}

/** Result of {@link stripBoilerplate}. */
export interface StripResult {
  /** The kept paragraphs joined by a blank line (`\n\n`). */
  text: string;
  paragraphs: Paragraph[];
  removed: Removal[];
  metadata: Metadata;
}
