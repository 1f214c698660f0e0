import { describe, expect, it } from 'vitest';
import { FieldPath } from './field-path.js';
import {
  cidrFamily,
  formatIPv4,
  ipFamily,
  isValidCIDR,
  isValidIP,
  isValidIPv4Address,
  isValidIPv6Address,
  parseIPv4,
  parseIPv4CIDR,
} from './ip.js';

const path = FieldPath.root('spec', 'clusterIP');

describe('ipFamily', () => {
  it.each([
    ['10.0.0.1', 4],
    ['0.0.0.0', 4],
    ['255.255.255.255', 4],
    ['010.000.000.001', 4],
    ['2001:db8::ffff', 6],
    ['::1', 6],
    ['::', 6],
    ['::ffff:1.2.3.4', 6],
    ['256.0.0.1', undefined],
    ['1.2.3', undefined],
    ['1.2.3.4.5', undefined],
    ['1.2.3.-4', undefined],
    [' 1.2.3.4', undefined],
    ['fe80::1%eth0', undefined],
    ['', undefined],
    ['abc', undefined],
  ])('%j is %s', (value, want) => {
    expect(ipFamily(value)).toBe(want);
  });
});

describe('isValidIP and friends', () => {
  it('accepts an address', () => {
    expect(isValidIP(path, '10.96.0.1')).toEqual([]);
    expect(isValidIPv4Address(path, '10.96.0.1')).toEqual([]);
    expect(isValidIPv6Address(path, 'fd00::1')).toEqual([]);
  });

  it.each([
    [isValidIP, 'nope', 'spec.clusterIP: Invalid value: "nope": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    [isValidIPv4Address, 'fd00::1', 'spec.clusterIP: Invalid value: "fd00::1": must be a valid IPv4 address'],
    [isValidIPv6Address, '10.0.0.1', 'spec.clusterIP: Invalid value: "10.0.0.1": must be a valid IPv6 address'],
    [isValidCIDR, '10.0.0.0', 'spec.clusterIP: Invalid value: "10.0.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'],
  ])('%o rejects %j', (fn, value, message) => {
    expect(fn(path, value).map(String)).toEqual([message]);
  });
});

describe('CIDRs', () => {
  it.each([
    ['10.96.0.0/12', 4],
    ['10.0.0.7/32', 4],
    ['0.0.0.0/0', 4],
    ['fd00::/108', 6],
    ['10.0.0.0/33', undefined],
    ['10.0.0.0/', undefined],
    ['10.0.0.0/-1', undefined],
    ['fd00::/129', undefined],
    ['10.0.0.0', undefined],
  ])('%j is family %s', (value, want) => {
    expect(cidrFamily(value)).toBe(want);
    expect(isValidCIDR(path, value)).toHaveLength(want === undefined ? 1 : 0);
  });

  it('parses an IPv4 CIDR into its network and size', () => {
    const cidr = parseIPv4CIDR('10.96.3.7/12');
    expect(cidr).toEqual({ ip: parseIPv4('10.96.3.7'), network: parseIPv4('10.96.0.0'), prefixLength: 12, size: 2 ** 20 });
    expect(formatIPv4(cidr?.network ?? 0)).toBe('10.96.0.0');
    expect(parseIPv4CIDR('0.0.0.0/0')?.size).toBe(2 ** 32);
    expect(formatIPv4(parseIPv4('255.255.255.255') ?? 0)).toBe('255.255.255.255');
  });
});
