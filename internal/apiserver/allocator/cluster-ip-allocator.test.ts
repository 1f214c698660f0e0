import { describe, expect, it } from 'vitest';
import { allocationRefusal as refusal } from './allocator-test-helpers.js';
import { ClusterIPAllocator } from './cluster-ip-allocator.js';

const first = () => 0;

const svc = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec });

describe('ClusterIPAllocator', () => {
  it('defaults to 127.96.0.0/12 with the kubernetes and DNS addresses reserved', () => {
    const a = new ClusterIPAllocator();
    expect(a.cidr).toBe('127.96.0.0/12');
    expect(a.kubernetesServiceIP).toBe('127.96.0.1');
    expect(a.dnsServiceIP).toBe('127.96.0.10');
    expect(a.free()).toBe((1 << 20) - 2 - 2);
  });

  it('hands out random addresses, skipping the reserved ones', () => {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/28', random: first });
    const got = Array.from({ length: 12 }, () => a.allocate());
    expect(got).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6', '10.0.0.7', '10.0.0.8', '10.0.0.9', '10.0.0.11', '10.0.0.12', '10.0.0.13', '10.0.0.14']);
    expect(a.free()).toBe(0);
    expect(refusal(() => a.allocate())).toMatchObject({ code: 'RangeFull', message: 'range is full' });
  });

  it('hands out a random address when asked for the empty address', () => {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/24', random: () => 0.5 });
    expect(a.allocate('')).toBe('10.0.0.128');
  });

  it('starts from where the random source points', () => {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/24', random: () => 0.5 });
    expect(a.allocate()).toBe('10.0.0.128');
    expect(a.allocate()).toBe('10.0.0.129');
  });

  it('grants the reserved addresses when asked for by address', () => {
    const a = new ClusterIPAllocator({ random: first });
    expect(a.allocate('127.96.0.1')).toBe('127.96.0.1');
    expect(a.allocate('127.96.0.10')).toBe('127.96.0.10');
    expect(a.has('127.96.0.1')).toBe(true);
  });

  it.each([
    ['10.0.0.1', 'NotInRange', 'the provided IP (10.0.0.1) is not in the valid range. The range of valid IPs is 127.96.0.0/12'],
    ['127.96.0.0', 'NotInRange', 'the provided IP (127.96.0.0) is not in the valid range. The range of valid IPs is 127.96.0.0/12'],
    ['127.111.255.255', 'NotInRange', 'the provided IP (127.111.255.255) is not in the valid range. The range of valid IPs is 127.96.0.0/12'],
    ['fd00::1', 'NotInRange', 'the provided IP (fd00::1) is not in the valid range. The range of valid IPs is 127.96.0.0/12'],
    ['banana', 'InvalidValue', '"banana" is not a valid IP address'],
    ['127.96.0.50', 'AlreadyAllocated', 'provided IP is already allocated'],
  ])('refuses %s', (ip, code, message) => {
    const a = new ClusterIPAllocator();
    a.allocate('127.96.0.50');
    expect(refusal(() => a.allocate(ip))).toMatchObject({ code, message });
  });

  it('accepts the last usable address', () => {
    expect(new ClusterIPAllocator().allocate('127.111.255.254')).toBe('127.111.255.254');
  });

  it('releases, and counts what is free', () => {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/24' });
    const before = a.free();
    const ip = a.allocate();
    expect(a.has(ip)).toBe(true);
    expect(a.free()).toBe(before - 1);
    expect(a.release(ip)).toBe(true);
    expect(a.release(ip)).toBe(false);
    expect(a.release('192.168.0.1')).toBe(false);
    expect(a.has(ip)).toBe(false);
    expect(a.free()).toBe(before);
  });

  it('leaves out the DNS reservation when the CIDR is too small for it', () => {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/29' });
    expect(a.dnsServiceIP).toBeUndefined();
    expect(a.free()).toBe(5);
  });

  it('refuses a bad CIDR at construction', () => {
    expect(() => new ClusterIPAllocator({ cidr: '10.0.0.0/8' })).toThrow('"10.0.0.0/8" is too large; the prefix length must be at least 12');
  });

  it('restores from stored Services, reporting what cannot be held', () => {
    const a = new ClusterIPAllocator();
    a.allocate('127.96.0.99');
    const problems = a.restore([
      svc('kubernetes', { clusterIP: '127.96.0.1', clusterIPs: ['127.96.0.1'] }),
      svc('web', { clusterIP: '127.96.3.4', clusterIPs: ['127.96.3.4'] }),
      svc('old', { clusterIP: '127.96.3.5' }),
      svc('headless', { clusterIP: 'None', clusterIPs: ['None'] }),
      svc('external', { type: 'ExternalName', externalName: 'example.com' }),
      svc('stray', { clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'] }),
      svc('twin', { clusterIP: '127.96.3.4', clusterIPs: ['127.96.3.4'] }),
    ]);
    expect(problems).toEqual([
      'the cluster IP 10.0.0.1 of Service default/stray is not in the Service CIDR 127.96.0.0/12',
      'the cluster IP 127.96.3.4 of Service default/twin is held by another Service too',
    ]);
    expect(['127.96.0.1', '127.96.3.4', '127.96.3.5', '127.96.0.99'].map((ip) => a.has(ip))).toEqual([true, true, true, false]);
    expect(a.used()).toBe(3);
    expect(refusal(() => a.allocate('127.96.3.4')).code).toBe('AlreadyAllocated');
  });
});

describe('ClusterIPAllocator.dryRun', () => {
  /** 10.0.0.0/24 with 10.0.0.7 taken, and its dry-run form. */
  function dry() {
    const a = new ClusterIPAllocator({ cidr: '10.0.0.0/24', random: first });
    a.allocate('10.0.0.7');
    return { a, dryRun: a.dryRun() };
  }

  it.each<[string, string | undefined, string]>([
    ['a free address', '10.0.0.8', '10.0.0.8'],
    ['a taken address, which Kubernetes does not look for', '10.0.0.7', '10.0.0.7'],
    ['a random address as the network address', undefined, '10.0.0.0'],
    ['the empty address as the network address', '', '10.0.0.0'],
  ])('answers %s, taking nothing', (_name, ip, answer) => {
    const { a, dryRun } = dry();
    expect(dryRun.allocate(ip)).toBe(answer);
    expect(a.used()).toBe(1);
    expect(a.has('10.0.0.8')).toBe(false);
  });

  it.each(['10.0.1.1', '10.0.0.255', 'fd00::1', 'banana'])('refuses %s as a real allocation does', (ip) => {
    const { a, dryRun } = dry();
    expect(refusal(() => dryRun.allocate(ip))).toEqual(refusal(() => a.allocate(ip)));
  });

  it('gives nothing back', () => {
    const { a, dryRun } = dry();
    expect(dryRun.release('10.0.0.7')).toBe(false);
    expect(a.has('10.0.0.7')).toBe(true);
  });
});
