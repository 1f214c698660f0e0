import { describe, expect, it } from 'vitest';
import { RangeBitmap } from './range-bitmap.js';

describe('RangeBitmap', () => {
  it('scans forward from the random start, wrapping around', () => {
    const b = new RangeBitmap(8);
    b.allocate(6);
    b.allocate(7);
    expect(b.allocateNext(() => 0.75)).toBe(0);
    expect(b.allocateNext(() => 0.999999)).toBe(1);
  });

  it('never hands out reserved offsets, but grants them when asked', () => {
    const b = new RangeBitmap(4, [0, 2]);
    expect(b.free()).toBe(2);
    expect([b.allocateNext(() => 0), b.allocateNext(() => 0)]).toEqual([1, 3]);
    expect(b.allocateNext(() => 0)).toBeUndefined();
    expect(b.free()).toBe(0);
    expect(b.allocate(2)).toBe(true);
    expect(b.free()).toBe(0);
    expect(b.used()).toBe(3);
  });

  it('counts releases and refuses double allocation', () => {
    const b = new RangeBitmap(100);
    expect(b.allocate(40)).toBe(true);
    expect(b.allocate(40)).toBe(false);
    expect(b.free()).toBe(99);
    expect(b.release(40)).toBe(true);
    expect(b.release(40)).toBe(false);
    expect(b.free()).toBe(100);
  });

  it('ignores reserved offsets outside the range', () => {
    expect(new RangeBitmap(5, [9]).free()).toBe(5);
  });
});
