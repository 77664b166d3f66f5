import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendField, type JobConfig, mapJsonLine, type NormalizeFn, runJob } from '../../src/cli/jobs.js';

// The mapper contract does not depend on what the pipeline returns, so these tests use a small,
// visible stand-in; the CLI subprocess tests run the real pipeline.
const normalize: NormalizeFn = (text) => ({
  text: text.trim(),
  sentences: [{ text: text.trim() }],
  hedges: [],
  metadata: { length: text.length },
});
const config: JobConfig = { format: 'jsonl', only: 'body', field: 'text', into: 'out', to: undefined };

describe('mapJsonLine', () => {
  it.each([
    ['{"id":1,"text":" a "}', '{"id":1,"text":" a ","out":"a"}'],
    // Existing fields are kept byte for byte: big integers, number spellings, escapes, spacing.
    [
      '{"id": 12345678901234567890, "score": 1.50, "text": "\\u4e2d a"}',
      '{"id": 12345678901234567890, "score": 1.50, "text": "\\u4e2d a","out":"中 a"}',
    ],
    ['  {"text":"a"}  ', '{"text":"a","out":"a"}'],
    // Other fields and their order are kept; an existing field named like --into is replaced in place.
    ['{"out":0,"text":"b","z":[1]}', '{"out":"b","text":"b","z":[1]}'],
  ])('%s → %s', (line, expected) => {
    expect(mapJsonLine(line, config, normalize)).toBe(expected);
  });

  it.each([
    ['', /empty line/],
    ['   ', /empty line/],
    ['{"text":', /invalid JSON/],
    ['[1,2]', /expected a JSON object, got an array/],
    ['null', /expected a JSON object, got null/],
    ['"text"', /expected a JSON object, got string/],
    ['{"id":1}', /missing field "text"/],
    ['{"text":5}', /field "text" is not a string/],
  ])('%j is a bad line', (line, message) => {
    const result = mapJsonLine(line, config, normalize);
    expect(typeof result).toBe('object');
    expect((result as { error: string }).error).toMatch(message);
  });
});

describe('runJob on a batch of lines', () => {
  it('answers every line with exactly one line, in order, errors included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.string().map((text) => JSON.stringify({ text })),
          ),
          { maxLength: 20 },
        ),
        (lines) => {
          const job = {
            kind: 'lines' as const,
            file: '-',
            config,
            lines: lines.map((text, i) => ({ text, lineNo: i + 1 })),
          };
          const { out, errors } = runJob(job, normalize);
          const outLines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
          expect(outLines).toHaveLength(lines.length);
          for (const [i, line] of outLines.entries()) {
            const record = JSON.parse(line) as Record<string, unknown>;
            if ('error' in record) expect(record.line).toBe(i + 1);
            else expect(record.out).toBe((JSON.parse(lines[i]!) as { text: string }).text.trim());
          }
          expect(errors.map((e) => e.lineNo)).toEqual(
            outLines.flatMap((l, i) => ('error' in (JSON.parse(l) as object) ? [i + 1] : [])),
          );
        },
      ),
    );
  });
});

describe('appendField', () => {
  it('gives the object with the field added last, for any JSON object line', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((k) => k !== 'out'),
          fc.jsonValue(),
        ),
        fc.jsonValue(),
        fc.constantFrom('', ' ', '\t'),
        (record, value, pad) => {
          const line = `${pad}${JSON.stringify(record)}${pad}`;
          const out = appendField(line, 'out', value);
          expect(out.includes('\n')).toBe(false);
          const parsed = JSON.parse(out) as Record<string, unknown>;
          expect(parsed).toEqual(JSON.parse(JSON.stringify({ ...record, out: value })));
          expect(Object.keys(parsed).at(-1)).toBe('out');
        },
      ),
    );
  });
});
