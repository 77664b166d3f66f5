/**
 * The pipeline as the CLI calls it: `normalizeArticle`, with conversion when `--to` is given.
 */
import type { Locale } from '../convert/index.js';
import { normalizeArticle } from '../pipeline/index.js';
import type { NormalizeFn } from './jobs.js';

export const cliNormalize: NormalizeFn = (text, to) =>
  normalizeArticle(text, to === undefined ? undefined : { convert: { to: to as Locale } });
