import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock.js';

describe('FakeClock', () => {
  it('fires timers in time order only when advanced', () => {
    const clock = new FakeClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 20);
    clock.setTimeout(() => fired.push('a'), 10);
    const cancelled = clock.setTimeout(() => fired.push('never'), 15);
    cancelled.cancel();
    expect(fired).toEqual([]);
    clock.advance(15);
    expect(fired).toEqual(['a']);
    clock.advance(5);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now()).toBe(1020);
  });

  it('repeats intervals until cancelled', () => {
    const clock = new FakeClock(0);
    let n = 0;
    const t = clock.setInterval(() => n++, 10);
    clock.advance(35);
    expect(n).toBe(3);
    t.cancel();
    clock.advance(100);
    expect(n).toBe(3);
  });

  it('resolves sleep on advance and rejects it on abort', async () => {
    const clock = new FakeClock(0);
    const done = clock.sleep(50);
    clock.advance(50);
    await expect(done).resolves.toBeUndefined();
    const ac = new AbortController();
    const aborted = clock.sleep(50, ac.signal);
    ac.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
  });
});
