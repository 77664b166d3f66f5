/**
 * The work the CLI hands to its worker threads, and the pure function that does it: normalise one
 * document, or map a batch of JSON Lines. Jobs and results are plain data so that they cross
 * thread boundaries by structured clone.
 */
import { type Format, type OnlyPart, type RenderableArticle, renderArticle, selectPart } from './render.js';

/** How to run the pipeline and shape its output; the same for every job of a run. */
export interface JobConfig {
  format: Format;
  only: OnlyPart | undefined;
  field: string;
  into: string;
  /** OpenCC target for conversion, or undefined for none. */
  to: string | undefined;
}

/** Normalise one whole document (one input file, or standard input). */
export interface DocumentJob {
  kind: 'document';
  text: string;
  file: string;
  config: JobConfig;
}

/** Map a batch of consecutive JSON Lines. */
export interface LinesJob {
  kind: 'lines';
  lines: { text: string; lineNo: number }[];
  file: string;
  config: JobConfig;
}

export type Job = DocumentJob | LinesJob;

/** A job's output text and the lines it could not process. */
export interface JobResult {
  out: string;
  /** `index` is the line's position in the job (0 for a document), `lineNo` its line number. */
  errors: { index: number; lineNo: number; message: string }[];
}

/** The pipeline as jobs see it: text and a conversion target in, an article out. */
export type NormalizeFn = (text: string, to: string | undefined) => RenderableArticle;

/** Runs one job. Never throws: a failure on one line becomes that line's error. */
export function runJob(job: Job, normalize: NormalizeFn): JobResult {
  if (job.kind === 'document') {
    const { format, only, into, to } = job.config;
    try {
      return { out: renderArticle(normalize(job.text, to), format, only, job.file, into), errors: [] };
    } catch (err) {
      return {
        out: '',
        errors: [{ index: 0, lineNo: 0, message: `normalisation failed: ${(err as Error).message}` }],
      };
    }
  }
  const out: string[] = [];
  const errors: JobResult['errors'] = [];
  for (const [index, { text, lineNo }] of job.lines.entries()) {
    const mapped = mapJsonLine(text, job.config, normalize);
    if (typeof mapped === 'string') {
      out.push(mapped);
    } else {
      errors.push({ index, lineNo, message: mapped.error });
      const record: Record<string, unknown> = { error: mapped.error, line: lineNo };
      if (job.file !== '-') record.file = job.file;
      out.push(JSON.stringify(record));
    }
  }
  return { out: out.length === 0 ? '' : `${out.join('\n')}\n`, errors };
}

/**
 * Maps one JSON line: the object with the result added under `config.into`, every other field
 * kept in its order. Returns `{ error }` for a line that is not a JSON object with a string in
 * `config.field`.
 */
export function mapJsonLine(
  line: string,
  config: JobConfig,
  normalize: NormalizeFn,
): string | { error: string } {
  if (line.trim() === '') return { error: 'empty line' };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return {
      error: `expected a JSON object, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`,
    };
  }
  const text = (record as Record<string, unknown>)[config.field];
  if (typeof text !== 'string') {
    return {
      error:
        text === undefined ? `missing field "${config.field}"` : `field "${config.field}" is not a string`,
    };
  }
  try {
    const result = selectPart(normalize(text, config.to), config.only);
    if (Object.hasOwn(record, config.into)) {
      // Replace the existing field in place (same position), re-serialising the record.
      return JSON.stringify({ ...(record as object), [config.into]: result });
    }
    return appendField(line, config.into, result);
  } catch (err) {
    return { error: `normalisation failed: ${(err as Error).message}` };
  }
}

/**
 * Adds `"name": value` at the end of the JSON object written in `line`, leaving every byte of the
 * existing fields as it was: a re-serialised record would round large integers
 * (`12345678901234567890`), rewrite `1.50` as `1.5` and change escapes. `line` must hold one
 * JSON object (already checked by parsing it).
 */
export function appendField(line: string, name: string, value: unknown): string {
  const object = line.trim();
  // A valid object ends with `}`; before it comes either `{` (empty object) or a value.
  const body = object.slice(0, -1).trimEnd();
  const separator = body.endsWith('{') ? '' : ',';
  return `${body}${separator}${JSON.stringify(name)}:${JSON.stringify(value)}}`;
}
