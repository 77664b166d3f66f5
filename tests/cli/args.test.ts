import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('has documented defaults', () => {
    expect(parseCliArgs([])).toEqual({
      paths: [],
      format: 'text',
      to: undefined,
      out: undefined,
      jsonl: false,
      field: 'text',
      into: 'normalized',
      only: undefined,
      encoding: undefined,
      jobs: availableParallelism(),
      quiet: false,
      strict: false,
      help: false,
      version: false,
    });
  });

  it.each([
    [['a.txt', '-', 'dir'], { paths: ['a.txt', '-', 'dir'] }],
    [['-f', 'json'], { format: 'json' }],
    [['--to', 'tw'], { to: 'tw' }],
    [['--jsonl', '--field', 'body', '--into', 'zh'], { jsonl: true, field: 'body', into: 'zh' }],
    [['--only', 'hedges'], { only: 'hedges' }],
    [['--encoding', 'GBK'], { encoding: 'gbk' }],
    [['--encoding', 'auto'], { encoding: 'auto' }],
    [['-j', '3', '-q', '--strict'], { jobs: 3, quiet: true, strict: true }],
    [['-o', 'out'], { out: 'out' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of text, json, jsonl/],
    [['--to', 'jp2'], /--to must be one of/],
    [['--only', 'title'], /--only must be one of/],
    [['--jobs', '0'], /--jobs must be a positive integer/],
    [['--jobs', 'x'], /--jobs must be a positive integer/],
    [['--encoding', 'klingon'], /unknown encoding/],
    [['--nope'], /Unknown option/],
    [['--into', ''], /must not be empty/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
