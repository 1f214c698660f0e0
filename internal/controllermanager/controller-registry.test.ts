import { describe, expect, it } from 'vitest';
import { CONTROLLERS, enabledControllers, isControllerEnabled, validateControllerEntry } from './controller-registry.js';

describe('--controllers', () => {
  it('registers the garbage collector and the namespace controller', () => {
    expect(Object.keys(CONTROLLERS).sort()).toEqual(['garbagecollector', 'namespace']);
  });

  it.each([
    [['*'], ['garbagecollector', 'namespace']],
    [['*', '-namespace'], ['garbagecollector']],
    [['namespace'], ['namespace']],
    [['garbagecollector', 'namespace'], ['garbagecollector', 'namespace']],
    [['-garbagecollector', '*'], ['namespace']],
    [['garbagecollector', '-garbagecollector'], ['garbagecollector']],
    [[], []],
  ])('%j enables %j', (flag, want) => {
    expect(enabledControllers(flag)).toEqual(want);
  });

  it('leaves controllers disabled by default off under *', () => {
    expect(isControllerEnabled('slow', ['*'], new Set(['slow']))).toBe(false);
    expect(isControllerEnabled('slow', ['*', 'slow'], new Set(['slow']))).toBe(true);
  });

  it.each([
    ['*', undefined],
    ['namespace', undefined],
    ['-garbagecollector', undefined],
    ['foo', 'is not a known controller (known: garbagecollector, namespace)'],
    ['-foo', 'is not a known controller (known: garbagecollector, namespace)'],
  ])('validates %s', (entry, want) => {
    expect(validateControllerEntry(entry)).toBe(want);
  });
});
