import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/cli/progress.js';

describe('formatProgress', () => {
  it.each([
    // Known total: bar, percentage, files, MB/s and ETA.
    [
      { filesDone: 1, filesTotal: 4, bytesDone: 2e6, bytesTotal: 8e6 },
      2,
      '[######..................] 25%  1/4 files  1.0 MB/s  ETA 0:06',
    ],
    [
      { filesDone: 4, filesTotal: 4, bytesDone: 8e6, bytesTotal: 8e6 },
      4,
      '[########################] 100%  4/4 files  2.0 MB/s  ETA 0:00',
    ],
    // Standard input: no total, so no bar and no ETA.
    [{ filesDone: 0, filesTotal: -1, bytesDone: 3e6, bytesTotal: -1 }, 1, '0 files  3.0 MB/s'],
    // Nothing read yet.
    [
      { filesDone: 0, filesTotal: 2, bytesDone: 0, bytesTotal: 1e6 },
      0,
      '[........................] 0%  0/2 files  0.0 MB/s',
    ],
    // Long runs show hours.
    [
      { filesDone: 1, filesTotal: 9, bytesDone: 1e6, bytesTotal: 4e9 },
      1,
      '[........................] 0%  1/9 files  1.0 MB/s  ETA 1:06:39',
    ],
  ])('%j after %ss → %s', (state, seconds, expected) => {
    expect(formatProgress(state, seconds)).toBe(expected);
  });
});
