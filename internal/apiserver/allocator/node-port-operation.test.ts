import { describe, expect, it } from 'vitest';
import { allocationRefusal as refusal } from './allocator-test-helpers.js';
import { NodePortOperation } from './node-port-operation.js';
import { PortAllocator } from './port-allocator.js';

/** Ports 30000-30099 with 30007 taken by another Service. */
function ports(): PortAllocator {
  const a = new PortAllocator({ range: '30000-30099', random: () => 0 });
  a.allocate(30007);
  return a;
}

describe('NodePortOperation', () => {
  it('takes requested and random ports, and gives them back on revert', () => {
    const a = ports();
    const op = new NodePortOperation(a, false);
    expect([op.allocate(30050), op.allocate(), op.allocate(0)]).toEqual([30050, 30000, 30001]);
    expect(a.used()).toBe(4);
    op.revert();
    expect(a.used()).toBe(1);
    expect(a.has(30007)).toBe(true);
  });

  it('refuses what the allocator refuses', () => {
    const a = ports();
    const op = new NodePortOperation(a, false);
    expect(refusal(() => op.allocate(30007))).toMatchObject({ code: 'AlreadyAllocated', message: 'provided port is already allocated' });
    expect(refusal(() => op.allocate(80)).code).toBe('NotInRange');
  });
});

describe('NodePortOperation on a dry run', () => {
  it('answers a requested free port without taking it', () => {
    const a = ports();
    expect(new NodePortOperation(a, true).allocate(30050)).toBe(30050);
    expect([a.used(), a.has(30050)]).toEqual([1, false]);
  });

  it('refuses a taken port with the error of a real allocation', () => {
    const a = ports();
    const dry = refusal(() => new NodePortOperation(a, true).allocate(30007));
    expect(dry).toEqual(refusal(() => new NodePortOperation(a, false).allocate(30007)));
  });

  it('refuses a port it was already asked for', () => {
    const op = new NodePortOperation(ports(), true);
    op.allocate(30050);
    expect(refusal(() => op.allocate(30050)).code).toBe('AlreadyAllocated');
  });

  it('passes a port outside the range, which Kubernetes does not check on a dry run', () => {
    expect(new NodePortOperation(ports(), true).allocate(80)).toBe(80);
  });

  it.each<[string, number[], number[]]>([
    ['random ports as placeholders from 32769', [0, 0], [32769, 32770]],
    ['a random port after a requested one as the next number up', [30050, 0], [30050, 30051]],
  ])('answers %s, taking nothing', (_name, requested, answers) => {
    const a = ports();
    const op = new NodePortOperation(a, true);
    expect(requested.map((p) => op.allocate(p))).toEqual(answers);
    expect(a.used()).toBe(1);
  });

  it('gives nothing back on revert', () => {
    const a = ports();
    const op = new NodePortOperation(a, true);
    op.allocate(30050);
    op.revert();
    expect([a.used(), a.has(30007)]).toEqual([1, true]);
  });
});
