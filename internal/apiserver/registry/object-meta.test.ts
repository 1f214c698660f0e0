import { describe, expect, it } from 'vitest';
import { formatTime } from './object-meta.js';

describe('formatTime', () => {
  it('writes RFC 3339 in UTC to the second, as metav1.Time does', () => {
    expect(formatTime(Date.UTC(2026, 10, 25, 1, 2, 3, 999))).toBe('2026-11-25T01:02:03Z');
  });

  it('is right whichever second came before (it remembers the last one)', () => {
    const seconds = [5_000, 5_999, 6_000, 4_000, 4_999, 6_001, 0];
    expect(seconds.map(formatTime)).toStrictEqual([
      '1970-01-01T00:00:05Z',
      '1970-01-01T00:00:05Z',
      '1970-01-01T00:00:06Z',
      '1970-01-01T00:00:04Z',
      '1970-01-01T00:00:04Z',
      '1970-01-01T00:00:06Z',
      '1970-01-01T00:00:00Z',
    ]);
  });
});
