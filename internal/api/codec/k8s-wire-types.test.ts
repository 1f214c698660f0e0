import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import {
  formatGoDuration,
  K8sWireError,
  readK8sDuration,
  readK8sIntOrString,
  readK8sQuantity,
  readK8sRaw,
  readK8sTime,
} from './k8s-wire-types.js';
import { bytes, encode, int, str, type K8sPart } from './k8s-test-encoder.js';

/** Runs a reader over the message made of `parts`, checking it consumed all of it. */
function read<T>(reader: (r: protobuf.Reader, end: number) => T, ...parts: K8sPart[]): T {
  const buf = encode(...parts);
  const r = protobuf.Reader.create(buf);
  const out = reader(r, buf.length);
  expect(r.pos).toBe(buf.length);
  return out;
}

const SECONDS = Date.parse('2024-05-01T10:00:00Z') / 1000;

describe('Kubernetes Time and MicroTime', () => {
  it('is absent when Kubernetes wrote the zero time (an empty message)', () => {
    expect(read(readK8sTime)).toBeUndefined();
  });

  it('has second precision when nanos is 0, as metav1.Time (which never sends nanos)', () => {
    expect(read(readK8sTime, int(1, SECONDS), int(2, 0))).toBe('2024-05-01T10:00:00Z');
    expect(read(readK8sTime, int(1, SECONDS))).toBe('2024-05-01T10:00:00Z');
  });

  it('has six digits when nanos is set, as MicroTime (the nanoseconds below a microsecond cut off)', () => {
    expect(read(readK8sTime, int(1, SECONDS), int(2, 123_456_789))).toBe('2024-05-01T10:00:00.123456Z');
    expect(read(readK8sTime, int(1, SECONDS), int(2, 500))).toBe('2024-05-01T10:00:00.000000Z');
  });

  it('reads times before 1970 (negative seconds)', () => {
    expect(read(readK8sTime, int(1, -86_400))).toBe('1969-12-31T00:00:00Z');
  });

  it.each([
    ['a year past 9999', [int(1, 253_402_300_800)]],
    ['nanos out of range', [int(1, SECONDS), int(2, 1_000_000_000)]],
    ['seconds as a string', [str(1, 'x')]],
  ])('refuses %s', (_name, parts) => {
    expect(() => read(readK8sTime, ...parts)).toThrow(K8sWireError);
  });
});

describe('Kubernetes Quantity, Duration and RawExtension', () => {
  it('reads a Quantity as its string, and the empty one as "0"', () => {
    expect(read(readK8sQuantity, str(1, '128Mi'))).toBe('128Mi');
    expect(read(readK8sQuantity)).toBe('0');
  });

  it('reads a Duration as Go writes it', () => {
    expect(read(readK8sDuration, int(1, 90_000_000_000))).toBe('1m30s');
    expect(read(readK8sDuration)).toBe('0s');
  });

  it('reads a RawExtension as its JSON text; an empty one is absent', () => {
    expect(read(readK8sRaw, bytes(1, Buffer.from('{"a":[1,2]}')))).toBe('{"a":[1,2]}');
    expect(read(readK8sRaw)).toBeUndefined();
  });

  it('refuses a RawExtension that does not hold JSON (an object nested in Kubernetes protobuf)', () => {
    expect(() => read(readK8sRaw, bytes(1, Buffer.from('k8s\0\n\x02')))).toThrow(/must hold JSON/);
  });
});

describe('Kubernetes IntOrString', () => {
  it.each([
    ['an int', [int(1, 0), int(2, 8080), str(3, '')], { intVal: 8080 }],
    ['a string', [int(1, 1), int(2, 0), str(3, '25%')], { strVal: '25%' }],
    ['a zero int', [int(1, 0), int(2, 0), str(3, '')], { intVal: 0 }],
    ['a negative int', [int(1, 0), int(2, -1)], { intVal: -1 }],
    ['an empty string', [int(1, 1)], { strVal: '' }],
  ])('reads %s', (_name, parts, want) => {
    expect(read(readK8sIntOrString, ...parts)).toEqual(want);
  });

  it('refuses a type that is neither 0 nor 1', () => {
    expect(() => read(readK8sIntOrString, int(1, 2))).toThrow(/neither 0 \(int\) nor 1 \(string\)/);
  });
});

describe('formatGoDuration', () => {
  it.each([
    [0n, '0s'],
    [1n, '1ns'],
    [1_500n, '1.5µs'],
    [500_000_000n, '500ms'],
    [1_500_000n, '1.5ms'],
    [1_000_000_000n, '1s'],
    [1_500_000_000n, '1.5s'],
    [90_000_000_000n, '1m30s'],
    [3_600_000_000_000n, '1h0m0s'],
    [5_400_000_000_000n, '1h30m0s'],
    [100_000_000_000_000n, '27h46m40s'],
    [-90_000_000_000n, '-1m30s'],
    [-1n, '-1ns'],
    [9_223_372_036_854_775_807n, '2562047h47m16.854775807s'],
  ])('%s ns is %s', (ns, want) => {
    expect(formatGoDuration(ns)).toBe(want);
  });
});
