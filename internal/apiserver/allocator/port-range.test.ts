import { describe, expect, it } from 'vitest';
import { formatPortRange, parsePortRange, validatePortRange } from './port-range.js';

describe('parsePortRange', () => {
  it.each([
    ['30000-32767', 30000, 2768],
    ['30000+2767', 30000, 2768],
    ['8080', 8080, 1],
    [' 1-65535 ', 1, 65535],
  ])('reads %j', (text, base, size) => {
    expect(parsePortRange(text)).toEqual({ ok: true, range: { base, size } });
  });

  it.each([
    ['', 'invalid port range "": must be LOW-HIGH, as in 30000-32767'],
    ['abc', 'invalid port range "abc": must be LOW-HIGH, as in 30000-32767'],
    ['30000-', 'invalid port range "30000-": must be LOW-HIGH, as in 30000-32767'],
    ['1-2-3', 'invalid port range "1-2-3": must be LOW-HIGH, as in 30000-32767'],
    ['1-2+3', 'invalid port range "1-2+3": use LOW-HIGH or LOW+OFFSET, not both'],
    ['30000-70000', 'invalid port range "30000-70000": ports cannot be greater than 65535'],
    ['65000+1000', 'invalid port range "65000+1000": ports cannot be greater than 65535'],
    ['32767-30000', 'invalid port range "32767-30000": the end port cannot be less than the start port'],
    ['0-100', 'invalid port range "0-100": port 0 cannot be part of a range'],
  ])('refuses %j', (text, error) => {
    expect(parsePortRange(text)).toEqual({ ok: false, error });
    expect(validatePortRange(text)).toBe(error);
  });

  it('prints a range the way it reads it', () => {
    expect(formatPortRange({ base: 30000, size: 2768 })).toBe('30000-32767');
  });
});
