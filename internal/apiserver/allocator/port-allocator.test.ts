import { describe, expect, it } from 'vitest';
import { allocationRefusal as refusal } from './allocator-test-helpers.js';
import { PortAllocator } from './port-allocator.js';

describe('PortAllocator', () => {
  it('defaults to 30000-32767', () => {
    const a = new PortAllocator();
    expect(a.range).toBe('30000-32767');
    expect(a.free()).toBe(2768);
  });

  it('hands out random ports until the range is full', () => {
    const a = new PortAllocator({ range: '30000-30002', random: () => 0.5 });
    expect([a.allocate(), a.allocate(), a.allocate()]).toEqual([30001, 30002, 30000]);
    expect(a.free()).toBe(0);
    expect(refusal(() => a.allocate())).toMatchObject({ code: 'RangeFull', message: 'range is full' });
  });

  it('hands out a random port when asked for port 0', () => {
    const a = new PortAllocator({ range: '30000-30002', random: () => 0.5 });
    expect(a.allocate(0)).toBe(30001);
    expect(a.used()).toBe(1);
  });

  it('takes a range already parsed', () => {
    expect(new PortAllocator({ range: { base: 40000, size: 10 } }).range).toBe('40000-40009');
  });

  it.each([
    [80, 'NotInRange', 'provided port is not in the valid range. The range of valid ports is 30000-32767'],
    [32768, 'NotInRange', 'provided port is not in the valid range. The range of valid ports is 30000-32767'],
    [30080.5, 'NotInRange', 'provided port is not in the valid range. The range of valid ports is 30000-32767'],
    [30080, 'AlreadyAllocated', 'provided port is already allocated'],
  ])('refuses %d', (port, code, message) => {
    const a = new PortAllocator();
    a.allocate(30080);
    expect(refusal(() => a.allocate(port))).toMatchObject({ code, message });
  });

  it('releases, and counts what is free', () => {
    const a = new PortAllocator();
    expect(a.allocate(32767)).toBe(32767);
    expect(a.has(32767)).toBe(true);
    expect(a.free()).toBe(2767);
    expect(a.release(32767)).toBe(true);
    expect(a.release(32767)).toBe(false);
    expect(a.release(80)).toBe(false);
    expect(a.free()).toBe(2768);
  });

  it('refuses a bad range at construction', () => {
    expect(() => new PortAllocator({ range: '3-1' })).toThrow('the end port cannot be less than the start port');
  });

  it('restores from stored Services, a port shared by one Service counted once', () => {
    const a = new PortAllocator();
    a.allocate(31000);
    const svc = (name: string, spec: Record<string, unknown>) => ({ metadata: { name, namespace: 'ns' }, spec });
    const problems = a.restore([
      svc('dns', { type: 'NodePort', ports: [{ port: 53, protocol: 'UDP', nodePort: 30053 }, { port: 53, protocol: 'TCP', nodePort: 30053 }] }),
      svc('lb', { type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30100, ports: [{ port: 80, nodePort: 30080 }] }),
      svc('plain', { ports: [{ port: 80 }] }),
      svc('low', { type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] }),
      svc('twin', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }),
    ]);
    expect(problems).toEqual([
      'the node port 8080 of Service ns/low is not in the range 30000-32767',
      'the node port 30080 of Service ns/twin is held by another Service too',
    ]);
    expect([30053, 30080, 30100, 31000].map((p) => a.has(p))).toEqual([true, true, true, false]);
    expect(a.used()).toBe(3);
  });
});

describe('PortAllocator.checkFree', () => {
  it.each<[string, number, readonly number[], boolean]>([
    ['a free port', 30081, [], true],
    ['a taken port', 30080, [], false],
    ['a port set aside', 30081, [30081], false],
    ['a port outside the range, never taken', 80, [], true],
  ])('checks %s without taking it', (_name, port, pending, free) => {
    const a = new PortAllocator();
    a.allocate(30080);
    const check = () => a.checkFree(port, pending);
    if (free) expect(check).not.toThrow();
    else expect(refusal(check)).toMatchObject({ code: 'AlreadyAllocated', message: 'provided port is already allocated' });
    expect(a.used()).toBe(1);
  });
});
