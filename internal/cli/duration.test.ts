import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['60s', 60_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1h30m15s', 5_415_000],
    ['300ms', 300],
    ['1.5s', 1500],
    ['1.1s', 1100],
    ['.5m', 30_000],
    ['250us', 0.25],
    ['250µs', 0.25],
    ['1500000ns', 1.5],
    ['2h0m0s', 7_200_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '60', '5 m', '1d', '-5s', 's', '1h-30m', '1.s5', 'abc', '5m '])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [300, '300ms'],
    [1500, '1.5s'],
    [60_000, '1m'],
    [90_000, '1m30s'],
    [5_400_000, '1h30m'],
    [3_600_500, '1h0.5s'],
  ])('%d ms is %s and reads back', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });
});
