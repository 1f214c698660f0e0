/**
 * Kubernetes' ValidateNonSpecialIP: Endpoints and external IPs may not be unspecified, link-local
 * or link-local multicast addresses. Unlike Kubernetes, loopback addresses are allowed: Skiff lays
 * its whole network (node, pod, service and load-balancer addresses) in 127.0.0.0/8 (DESIGN.md §8).
 */
import { FieldError, type FieldPath, ipFamily, parseIPv4 } from '../index.js';

/** The errors for a special-purpose (or unparseable) address. */
export function validateNonSpecialIP(ip: string, path: FieldPath): FieldError[] {
  const family = ipFamily(ip);
  if (family === undefined) return [FieldError.invalid(path, ip, 'must be a valid IP address')];
  const b = family === 4 ? ipv4Bytes(ip) : ipv6Bytes(ip);
  const errs: FieldError[] = [];
  if (b.every((x) => x === 0)) errs.push(FieldError.invalid(path, ip, `may not be unspecified (${ip})`));
  const linkLocal = family === 4 ? b[0] === 169 && b[1] === 254 : b[0] === 0xfe && (b[1] & 0xc0) === 0x80;
  if (linkLocal) errs.push(FieldError.invalid(path, ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  const linkLocalMulticast = family === 4 ? b[0] === 224 && b[1] === 0 && b[2] === 0 : b[0] === 0xff && (b[1] & 0x0f) === 0x02;
  if (linkLocalMulticast) errs.push(FieldError.invalid(path, ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}

function ipv4Bytes(ip: string): number[] {
  const n = parseIPv4(ip) ?? 0;
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

// Expands a valid IPv6 address (possibly with an embedded IPv4 tail) to its 16 bytes.
function ipv6Bytes(ip: string): number[] {
  let s = ip;
  const tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    tail.push(...ipv4Bytes(s.slice(lastColon + 1)));
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const [head, rest] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':') : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const groups = rest === undefined ? h : [...h, ...Array<string>(8 - h.length - r.length).fill('0'), ...r];
  const bytes = groups.flatMap((g) => {
    const v = parseInt(g, 16);
    return [v >> 8, v & 0xff];
  });
  if (tail.length > 0) bytes.splice(12, 4, ...tail);
  return bytes;
}
