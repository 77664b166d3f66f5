/**
 * Invariants of splitSentences on arbitrary strings (full Unicode, lone surrogates) and on
 * strings built from the characters the scanner cares about, where the rules actually fire.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Sentence, splitSentences } from '../../src/index.js';

/** Characters that drive the rules, mixed with ordinary Han, Latin, digits and whitespace. */
const ALPHABET = [
  ...'。！？!?.．…⋯；;，、,：:“”‘’「」『』"《》〈〉（）()【】[]好说他就走了aAbZ019 \u3000\t\n\r\u2028/@#%&=',
  '😀',
  '\ud800',
  '\udc00',
  'e.g.',
  'U.S.',
  'http://',
  'Mr.',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 200 }),
);

const optionsArb = fc.record(
  {
    newlineIsBoundary: fc.boolean(),
    semicolon: fc.boolean(),
    maxLength: fc.integer({ min: 1, max: 600 }),
  },
  { requiredKeys: [] },
);

function checkSpans(input: string, got: Sentence[]): void {
  let last = 0;
  for (const s of got) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.text).toBe(input.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    last = s.end;
  }
  // Every non-whitespace character lies in exactly one sentence (spans are ordered and disjoint,
  // so "at least one" is enough).
  const covered = new Uint8Array(input.length);
  for (const s of got) covered.fill(1, s.start, s.end);
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && /\S/.test(input[i]!))
      throw new Error(`character ${i} (${JSON.stringify(input[i])}) is in no sentence`);
  }
}

describe('splitSentences properties', () => {
  it('never throws; spans are ordered, disjoint, inside the input, trimmed and cover all non-whitespace', () => {
    fc.assert(
      fc.property(anyText, optionsArb, (input, options) => {
        checkSpans(input, splitSentences(input, options));
      }),
      { numRuns: 1500 },
    );
  });

  it('splitting the sentence texts joined by \\n again gives the same texts (default options)', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const texts = splitSentences(input).map((s) => s.text);
        expect(splitSentences(texts.join('\n')).map((s) => s.text)).toEqual(texts);
      }),
      { numRuns: 1500 },
    );
  });

  it.each([['"。；。"'], ['他说"好。"'], ['"。"\n"。']])(
    're-splitting is stable for straight quotes at line ends: %j',
    (input) => {
      // Found by the property above (seed 124907008): a `"` ending a line was read as opening a
      // quotation when its line was split alone.
      const texts = splitSentences(input).map((s) => s.text);
      expect(splitSentences(texts.join('\n')).map((s) => s.text)).toEqual(texts);
    },
  );

  it('no sentence is longer than maxLength (except a lone surrogate pair at maxLength 1)', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 50 }), (input, maxLength) => {
        for (const s of splitSentences(input, { maxLength }))
          expect(s.end - s.start).toBeLessThanOrEqual(maxLength);
      }),
      { numRuns: 800 },
    );
  });

  it('splitting one line gives the sentences of that line in the whole text (default options)', () => {
    // hedges (and other per-line callers) rely on this: a line break always ends a sentence and
    // no rule looks across one.
    fc.assert(
      fc.property(anyText, anyText, anyText, (before, line, after) => {
        const clean = line.replace(/[\n\r\v\f\u2028\u2029]/g, ' ');
        const whole = `${before}\n${clean}\n${after}`;
        const from = before.length + 1;
        const inWhole = splitSentences(whole)
          .filter((s) => s.start >= from && s.end <= from + clean.length)
          .map((s) => [s.start - from, s.end - from]);
        expect(inWhole).toEqual(splitSentences(clean).map((s) => [s.start, s.end]));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on what comes before a paragraph', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const alone = splitSentences(after).map((s) => s.text);
        const joined = splitSentences(`${before}\n\n${after}`);
        const tail = joined.filter((s) => s.start >= before.length + 2).map((s) => s.text);
        // A sentence of `before` cannot reach into `after`: the blank line ends it.
        expect(tail).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });
});
