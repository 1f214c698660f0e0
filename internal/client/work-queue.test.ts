import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/index.js';
import { WorkQueue } from './work-queue.js';
import { DelayingQueue } from './delaying-queue.js';
import { RateLimitingQueue } from './rate-limiting-queue.js';
import { BucketRateLimiter, ItemExponentialFailureRateLimiter, MaxOfRateLimiter, defaultControllerRateLimiter } from './rate-limiters.js';

/** Resolves with what `p` settled to so far, or 'pending' (after letting microtasks run). */
async function peek<T>(p: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([p, new Promise<'pending'>((r) => setImmediate(() => r('pending')))]);
}

describe('WorkQueue', () => {
  it('hands out a key added many times before processing once', async () => {
    const q = new WorkQueue();
    q.add('a');
    q.add('b');
    q.add('a');
    expect(q.len()).toBe(2);
    expect(await q.get()).toBe('a');
    expect(await q.get()).toBe('b');
    expect(await peek(q.get())).toBe('pending');
  });

  it('never hands a key being processed to a second worker; a re-add comes back after done', async () => {
    const q = new WorkQueue();
    q.add('a');
    expect(await q.get()).toBe('a');
    q.add('a');
    q.add('a');
    const second = q.get();
    expect(await peek(second)).toBe('pending');
    q.done('a');
    expect(await second).toBe('a');
    q.done('a');
    expect(q.len()).toBe(0);
  });

  it('a done without a re-add does not requeue', async () => {
    const q = new WorkQueue();
    q.add('a');
    await q.get();
    q.done('a');
    expect(q.len()).toBe(0);
  });

  it('wakes a waiting get when a key arrives', async () => {
    const q = new WorkQueue();
    const waiting = q.get();
    q.add('x');
    expect(await waiting).toBe('x');
  });

  it('after shutDown ignores adds, returns what was queued, then undefined', async () => {
    const q = new WorkQueue();
    const waiter = new WorkQueue();
    const pending = waiter.get();
    waiter.shutDown();
    expect(await pending).toBeUndefined();
    q.add('a');
    q.shutDown();
    q.add('b');
    expect(await q.get()).toBe('a');
    expect(await q.get()).toBeUndefined();
    expect(q.shuttingDown()).toBe(true);
  });

  it('shutDownWithDrain resolves once every handed-out key is done', async () => {
    const q = new WorkQueue();
    q.add('a');
    await q.get();
    const drained = q.shutDownWithDrain();
    expect(await peek(drained)).toBe('pending');
    q.done('a');
    expect(await peek(drained)).toBeUndefined();
  });
});

describe('DelayingQueue', () => {
  it('adds keys when their delay has passed, in time order, keeping the earlier time of a key', async () => {
    const clock = new FakeClock();
    const q = new DelayingQueue({ clock });
    q.addAfter('late', 300);
    q.addAfter('early', 100);
    q.addAfter('mid', 200);
    q.addAfter('early', 500); // a later time for a waiting key is ignored
    q.addAfter('now', 0);
    expect(q.len()).toBe(1);
    clock.advance(99);
    expect(q.len()).toBe(1);
    clock.advance(1);
    clock.advance(200);
    expect([await q.get(), await q.get(), await q.get(), await q.get()]).toEqual(['now', 'early', 'mid', 'late']);
    clock.advance(1000);
    expect(q.len()).toBe(0);
  });

  it('an earlier addAfter of a waiting key moves it forward', () => {
    const clock = new FakeClock();
    const q = new DelayingQueue({ clock });
    q.addAfter('a', 1000);
    q.addAfter('a', 10);
    clock.advance(10);
    expect(q.len()).toBe(1);
    clock.advance(1000);
    expect(q.len()).toBe(1);
  });

  it('drops waiting keys on shutdown', () => {
    const clock = new FakeClock();
    const q = new DelayingQueue({ clock });
    q.addAfter('a', 10);
    q.shutDown();
    clock.advance(100);
    expect(q.len()).toBe(0);
    expect(clock.pending()).toBe(0);
  });
});

describe('rate limiters', () => {
  it('per-key backoff doubles from 5 ms and caps at 1000 s; forget resets it', () => {
    const r = new ItemExponentialFailureRateLimiter(5, 1_000_000);
    const delays = Array.from({ length: 20 }, () => r.when('k'));
    expect(delays.slice(0, 5)).toEqual([5, 10, 20, 40, 80]);
    expect(delays[17]).toBe(655_360);
    expect(delays[18]).toBe(1_000_000);
    expect(delays[19]).toBe(1_000_000);
    expect(r.numRequeues('k')).toBe(20);
    expect(r.when('other')).toBe(5);
    r.forget('k');
    expect(r.numRequeues('k')).toBe(0);
    expect(r.when('k')).toBe(5);
  });

  it('token bucket: a burst of 100 passes at once, then 10 per second', () => {
    const clock = new FakeClock();
    const r = new BucketRateLimiter(10, 100, clock);
    const burst = Array.from({ length: 100 }, (_, i) => r.when(`k${i}`));
    expect(burst.every((d) => d === 0)).toBe(true);
    expect(r.when('x')).toBe(100);
    expect(r.when('y')).toBe(200);
    clock.advance(1000);
    // 10 tokens came back, 2 were owed.
    expect(r.when('z')).toBe(0);
  });

  it('the controller default takes the larger of the two delays', () => {
    const clock = new FakeClock();
    const r = defaultControllerRateLimiter(clock);
    expect(r.when('a')).toBe(5);
    expect(r.when('a')).toBe(10);
    for (let i = 0; i < 98; i++) r.when(`b${i}`);
    // The bucket is empty now: its delay (100 ms) wins over the per-key 5 ms.
    expect(r.when('c')).toBe(100);
    expect(r.numRequeues('a')).toBe(2);
    const max = new MaxOfRateLimiter(new ItemExponentialFailureRateLimiter(1, 10), new ItemExponentialFailureRateLimiter(3, 10));
    expect(max.when('k')).toBe(3);
  });
});

describe('RateLimitingQueue', () => {
  it('re-adds a failed key after its backoff; forget resets the backoff', async () => {
    const clock = new FakeClock();
    const q = new RateLimitingQueue({ clock, rateLimiter: new ItemExponentialFailureRateLimiter(5, 1000) });
    q.addRateLimited('a');
    expect(q.len()).toBe(0);
    clock.advance(5);
    expect(await q.get()).toBe('a');
    q.addRateLimited('a');
    q.done('a');
    clock.advance(9);
    expect(q.len()).toBe(0);
    clock.advance(1);
    expect(q.len()).toBe(1);
    expect(q.numRequeues('a')).toBe(2);
    q.forget('a');
    expect(q.numRequeues('a')).toBe(0);
  });
});
