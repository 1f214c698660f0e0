import { describe, expect, it } from 'vitest';
import { parseServiceCIDR, validateServiceCIDR } from './service-cidr.js';

describe('parseServiceCIDR', () => {
  it.each([
    ['127.96.0.0/12', '127.96.0.0/12', 1 << 20],
    ['10.96.0.0/16', '10.96.0.0/16', 65536],
    ['10.96.7.9/24', '10.96.7.0/24', 256],
    [' 10.0.0.0/30 ', '10.0.0.0/30', 4],
  ])('reads %j as %s', (text, printed, size) => {
    const r = parseServiceCIDR(text);
    expect(r.ok && r.cidr.text).toBe(printed);
    expect(r.ok && r.cidr.size).toBe(size);
  });

  it.each([
    ['nope', '"nope" is not an IPv4 CIDR, as in 127.96.0.0/12'],
    ['127.96.0.0', '"127.96.0.0" is not an IPv4 CIDR, as in 127.96.0.0/12'],
    ['127.96.0.0/33', '"127.96.0.0/33" is not an IPv4 CIDR, as in 127.96.0.0/12'],
    ['fd00::/108', '"fd00::/108" is an IPv6 CIDR; Skiff serves IPv4 Services only'],
    ['10.0.0.0/8', '"10.0.0.0/8" is too large; the prefix length must be at least 12'],
    ['10.0.0.0/31', '"10.0.0.0/31" is too small; the prefix length must be at most 30'],
  ])('refuses %j', (text, error) => {
    expect(parseServiceCIDR(text)).toEqual({ ok: false, error });
    expect(validateServiceCIDR(text)).toBe(error);
  });
});
