/**
 * IP address and CIDR validation as Kubernetes does it (k8s.io/utils/net's "sloppy" parsers, which
 * still accept IPv4 octets with leading zeros, read as decimal), plus the IPv4 arithmetic the
 * Service ClusterIP allocator needs.
 */
import { isIPv6 } from 'node:net';
import { FieldError } from './field-error.js';
import type { FieldPath } from './field-path.js';

/** An IPv4 CIDR: the address as written, its masked network, the prefix length and the block size. */
export interface IPv4CIDR {
  /** The address as written (`10.0.0.7` in `10.0.0.7/24`), as an unsigned 32-bit integer. */
  readonly ip: number;
  /** The network address (`10.0.0.0`), as an unsigned 32-bit integer. */
  readonly network: number;
  /** The prefix length, 0 to 32. */
  readonly prefixLength: number;
  /** How many addresses the block holds (2^(32 - prefixLength)). */
  readonly size: number;
}

/** Parses dotted-quad IPv4 (`10.0.0.1`; `010.0.0.1` is accepted as decimal) to an unsigned integer. */
export function parseIPv4(value: string): number | undefined {
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    if (!/^[0-9]{1,8}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n;
}

/** Prints an unsigned 32-bit integer as dotted-quad IPv4. */
export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
}

/** The family of an IP address string (4 or 6), or undefined when it is not one. */
export function ipFamily(value: string): 4 | 6 | undefined {
  if (parseIPv4(value) !== undefined) return 4;
  // Node accepts a zone (`fe80::1%eth0`); Kubernetes does not.
  if (!value.includes('%') && isIPv6(value)) return 6;
  return undefined;
}

/** Parses an IPv4 CIDR (`10.96.0.0/12`). */
export function parseIPv4CIDR(value: string): IPv4CIDR | undefined {
  const slash = value.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIPv4(value.slice(0, slash));
  const prefixLength = parsePrefixLength(value.slice(slash + 1), 32);
  if (ip === undefined || prefixLength === undefined) return undefined;
  const size = 2 ** (32 - prefixLength);
  return { ip, network: ip - (ip % size), prefixLength, size };
}

/** The family of a CIDR string (4 or 6), or undefined when it is not one. */
export function cidrFamily(value: string): 4 | 6 | undefined {
  if (parseIPv4CIDR(value) !== undefined) return 4;
  const slash = value.indexOf('/');
  if (slash < 0) return undefined;
  const addr = value.slice(0, slash);
  if (ipFamily(addr) !== 6 || parsePrefixLength(value.slice(slash + 1), 128) === undefined) return undefined;
  return 6;
}

/** `Invalid value: "x": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`. */
export function isValidIP(path: FieldPath, value: string): FieldError[] {
  return ipFamily(value) === undefined
    ? [FieldError.invalid(path, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')]
    : [];
}

/** `Invalid value: "x": must be a valid IPv4 address`. */
export function isValidIPv4Address(path: FieldPath, value: string): FieldError[] {
  return ipFamily(value) === 4 ? [] : [FieldError.invalid(path, value, 'must be a valid IPv4 address')];
}

/** `Invalid value: "x": must be a valid IPv6 address`. */
export function isValidIPv6Address(path: FieldPath, value: string): FieldError[] {
  return ipFamily(value) === 6 ? [] : [FieldError.invalid(path, value, 'must be a valid IPv6 address')];
}

/** `Invalid value: "x": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`. */
export function isValidCIDR(path: FieldPath, value: string): FieldError[] {
  return cidrFamily(value) === undefined
    ? [FieldError.invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')]
    : [];
}

function parsePrefixLength(s: string, max: number): number | undefined {
  if (!/^[0-9]{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= max ? n : undefined;
}
