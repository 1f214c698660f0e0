import { describe, expect, it } from 'vitest';
import { humanDuration, timestampMillis, translateTimestampSince } from './human-duration.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration, as Kubernetes duration.HumanDuration', () => {
  it.each<[number, string]>([
    [-2 * S, '<invalid>'],
    [-1999, '0s'],
    [-1 * S, '0s'],
    [0, '0s'],
    [999, '0s'],
    [5 * S, '5s'],
    [119 * S, '119s'],
    [2 * M, '2m'],
    [2 * M + 30 * S, '2m30s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M, '10m'],
    [10 * M + 59 * S, '10m'],
    [179 * M, '179m'],
    [3 * H, '3h'],
    [3 * H + 5 * M, '3h5m'],
    [7 * H + 59 * M, '7h59m'],
    [8 * H, '8h'],
    [8 * H + 30 * M, '8h'],
    [47 * H, '47h'],
    [2 * D, '2d'],
    [2 * D + 3 * H, '2d3h'],
    [7 * D + 23 * H, '7d23h'],
    [8 * D, '8d'],
    [89 * D, '89d'],
    [729 * D, '729d'],
    [730 * D, '2y'],
    [(3 * 365 + 45) * D, '3y45d'],
    [(7 * 365 + 364) * D, '7y364d'],
    [8 * 365 * D, '8y'],
    [(8 * 365 + 100) * D, '8y'],
  ])('%i ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('translateTimestampSince', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');

  it('gives the age of a timestamp', () => {
    expect(translateTimestampSince('2025-01-01T11:55:00Z', now)).toBe('5m');
  });

  it.each([undefined, null, '', '0001-01-01T00:00:00Z', 'not a time'])('gives <unknown> for %j', (ts) => {
    expect(translateTimestampSince(ts, now)).toBe('<unknown>');
  });

  it('tolerates a clock a second behind, and calls more <invalid>', () => {
    expect(translateTimestampSince('2025-01-01T12:00:01Z', now)).toBe('0s');
    expect(translateTimestampSince('2025-01-01T12:00:05Z', now)).toBe('<invalid>');
  });

  it('reads RFC 3339 with fractions and offsets', () => {
    expect(timestampMillis('2025-01-01T13:00:00.500+01:00')).toBe(Date.parse('2025-01-01T12:00:00.500Z'));
  });
});
