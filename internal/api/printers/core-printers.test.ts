import { describe, expect, it } from 'vitest';
import { configMapPrinter, namespacePrinter, secretPrinter, serviceAccountPrinter } from './core-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const meta = (name: string) => ({ name, creationTimestamp: new Date(NOW - 5000).toISOString() });

describe('Namespace row: NAME STATUS AGE', () => {
  it.each([
    ['default', 'Active'],
    ['old', 'Terminating'],
  ])('%s is %s', (name, phase) => {
    expect(namespacePrinter.cells({ metadata: meta(name), status: { phase } }, NOW)).toEqual([name, phase, '5s']);
  });
});

describe('ConfigMap row: NAME DATA AGE', () => {
  it.each<[string, Record<string, string> | undefined, Record<string, Buffer> | undefined, number]>([
    ['empty', undefined, undefined, 0],
    ['strings', { a: '1', b: '2' }, undefined, 2],
    ['strings and bytes', { a: '1' }, { logo: Buffer.from([1, 2]) }, 2],
  ])('%s', (_name, data, binaryData, count) => {
    expect(configMapPrinter.cells({ metadata: meta('cm'), data, binaryData }, NOW)).toEqual(['cm', count, '5s']);
  });
});

describe('Secret row: NAME TYPE DATA AGE', () => {
  it.each<[string, string, Record<string, Buffer> | undefined, Record<string, string> | undefined, number]>([
    ['opaque', 'Opaque', { user: Buffer.from('a'), pass: Buffer.from('b') }, undefined, 2],
    ['token', 'kubernetes.io/service-account-token', undefined, undefined, 0],
    ['string data not yet folded in', 'Opaque', { user: Buffer.from('a') }, { user: 'a', pass: 'b' }, 2],
  ])('%s', (name, type, data, stringData, count) => {
    expect(secretPrinter.cells({ metadata: meta(name), type, data, stringData }, NOW)).toEqual([name, type, count, '5s']);
  });
});

describe('ServiceAccount row: NAME SECRETS AGE', () => {
  it('counts the listed secrets', () => {
    expect(serviceAccountPrinter.cells({ metadata: meta('default') }, NOW)).toEqual(['default', 0, '5s']);
    expect(serviceAccountPrinter.cells({ metadata: meta('builder'), secrets: [{ name: 'builder-token' }] }, NOW)).toEqual(['builder', 1, '5s']);
  });
});
