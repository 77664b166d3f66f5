/**
 * The boilerplate fixture format: one `.txt` file per page, one input line per file line.
 *
 *   # comments and directives (not part of the input): `# set: tune|fresh`, `# shape: a|b`,
 *   # `# eol: crlf` (join the input with \r\n), `# site: …` (what kind of site it models)
 *   +<TAB>a body paragraph, kept
 *   navigation<TAB>a boilerplate line, with the kind it should be removed as
 *   (an empty file line is an empty input line)
 *
 * Inside a body line, `{{kind:text}}` marks a stretch that should be cut off as `kind`
 * (e.g. `……。{{editor:（完）}}`). The text after the TAB is the raw input line, verbatim
 * (full-width spaces, `&nbsp;`, half-width commas are kept as written).
 */
import type { Kind } from '../../src/index.js';

export interface FixtureLine {
  /** `body` or the expected kind. */
  label: 'body' | Kind;
  start: number;
  end: number;
}

export interface Fixture {
  name: string;
  set: string;
  shape: string;
  site: string;
  input: string;
  /** Labelled stretches of the input (whitespace between them is unlabelled). */
  lines: FixtureLine[];
}

export function parseFixture(name: string, source: string): Fixture {
  let set = 'tune';
  let shape = '?';
  let site = '';
  let eol = '\n';
  const out: string[] = [];
  const lines: FixtureLine[] = [];
  let offset = 0;
  const rows = source.replace(/\r\n/g, '\n').split('\n');
  if (rows.at(-1) === '') rows.pop();
  for (const row of rows) {
    if (row.startsWith('#')) {
      const m = /^#\s*(set|shape|eol|site):\s*(.*)$/.exec(row);
      if (m?.[1] === 'set') set = m[2]!.trim();
      if (m?.[1] === 'shape') shape = m[2]!.trim();
      if (m?.[1] === 'site') site = m[2]!.trim();
      if (m?.[1] === 'eol') eol = m[2]!.trim() === 'crlf' ? '\r\n' : '\n';
      continue;
    }
    if (out.length > 0) offset += eol.length;
    const tab = row.indexOf('\t');
    if (row.trim() === '' || tab < 0) {
      if (row.trim() !== '') throw new Error(`${name}: line without a label: ${row}`);
      out.push(row);
      offset += row.length;
      continue;
    }
    const marker = row.slice(0, tab);
    let text = row.slice(tab + 1);
    if (marker === '+') {
      // split out {{kind:text}} stretches
      let plain = '';
      const parts: FixtureLine[] = [];
      let cursor = 0;
      const re = /\{\{(\w+):([^}]*)\}\}/g;
      let m: RegExpExecArray | null;
      m = re.exec(text);
      while (m) {
        plain += text.slice(cursor, m.index);
        const s = offset + plain.length;
        plain += m[2];
        parts.push({ label: m[1] as Kind, start: s, end: offset + plain.length });
        cursor = m.index + m[0].length;
        m = re.exec(text);
      }
      plain += text.slice(cursor);
      text = plain;
      const bodyEnd = parts.length > 0 ? parts[0]!.start : offset + text.length;
      lines.push({ label: 'body', start: offset, end: bodyEnd }, ...parts);
    } else {
      lines.push({ label: marker as Kind, start: offset, end: offset + text.length });
    }
    out.push(text);
    offset += text.length;
  }
  return { name, set, shape, site, input: out.join(eol), lines };
}

/** Non-whitespace characters of `s`. */
export function visible(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\s/.test(ch)) n++;
  return n;
}
