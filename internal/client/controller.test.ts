import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/index.js';
import { Controller } from './controller.js';
import { RateLimitingQueue } from './rate-limiting-queue.js';
import { ItemExponentialFailureRateLimiter } from './rate-limiters.js';

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

function syncable(): { hasSynced(): boolean; whenSynced(): Promise<void>; sync(): void } {
  let synced = false;
  let resolve!: () => void;
  const p = new Promise<void>((r) => (resolve = r));
  return { hasSynced: () => synced, whenSynced: () => p, sync: () => ((synced = true), resolve()) };
}

describe('Controller', () => {
  it('waits for its informers to sync before any worker runs', async () => {
    const inf = syncable();
    const seen: string[] = [];
    const c = new Controller({ name: 'test', informers: [inf], sync: async (k) => void seen.push(k), clock: new FakeClock() });
    c.enqueue('a');
    const ctl = new AbortController();
    const done = c.run(ctl.signal);
    await settle();
    expect(seen).toEqual([]);
    inf.sync();
    await settle();
    expect(seen).toEqual(['a']);
    ctl.abort();
    await done;
  });

  it('retries a failing key with backoff and forgets it once it succeeds', async () => {
    const clock = new FakeClock();
    const queue = new RateLimitingQueue<string>({ clock, rateLimiter: new ItemExponentialFailureRateLimiter(5, 1000) });
    let failures = 2;
    const attempts: number[] = [];
    const c = new Controller({
      name: 'test',
      queue,
      informers: [],
      clock,
      sync: async () => {
        attempts.push(clock.now());
        if (failures-- > 0) throw new Error('not yet');
      },
    });
    const ctl = new AbortController();
    const done = c.run(ctl.signal);
    const t0 = clock.now();
    c.enqueue('k');
    await settle();
    clock.advance(5);
    await settle();
    clock.advance(10);
    await settle();
    expect(attempts.map((t) => t - t0)).toEqual([0, 5, 15]);
    expect(queue.numRequeues('k')).toBe(0);
    ctl.abort();
    await done;
  });

  it('never runs one key on two workers at once, even with many workers', async () => {
    const clock = new FakeClock();
    let running = 0;
    let maxRunning = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = new Controller({
      name: 'test',
      informers: [],
      workers: 4,
      clock,
      sync: async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await gate;
        running--;
      },
    });
    const ctl = new AbortController();
    const done = c.run(ctl.signal);
    c.enqueue('k');
    await settle();
    c.enqueue('k');
    c.enqueue('k');
    await settle();
    expect(maxRunning).toBe(1);
    release();
    await settle();
    expect(maxRunning).toBe(1);
    ctl.abort();
    await done;
  });
});
