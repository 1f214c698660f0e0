import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/index.js';
import { InflightLimiter } from './inflight-limiter.js';

/** A request the test finishes when it chooses. */
function pending(): { fn: () => Promise<string>; resolve(v: string): void; reject(err: Error): void } {
  let resolve!: (v: string) => void;
  let reject!: (err: Error) => void;
  const done = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { fn: () => done, resolve, reject };
}

/** Starts `n` requests of one kind that stay in flight until the returned finishers are called. */
function fill(limiter: InflightLimiter, mutating: boolean, n: number): { results: Promise<string>[]; finish(): void } {
  const requests = Array.from({ length: n }, pending);
  return {
    results: requests.map((r) => limiter.run(mutating, r.fn)),
    finish: () => requests.forEach((r, i) => r.resolve(`done-${i}`)),
  };
}

const KINDS = [
  ['read-only', false],
  ['mutating', true],
] as const;

describe('InflightLimiter', () => {
  it.each(KINDS)('refuses the (n+1)th concurrent %s request with 429 TooManyRequests and a retry hint, without running it', async (_, mutating) => {
    const limiter = new InflightLimiter({ maxReadOnly: 2, maxMutating: 2 });
    const held = fill(limiter, mutating, 2);
    let ran = false;
    const err = await limiter.run(mutating, async () => (ran = true)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StatusError);
    const se = err as StatusError;
    expect(se.code).toBe(429);
    expect(se.reason).toBe('TooManyRequests');
    expect(se.status.details?.retryAfterSeconds).toBe(1);
    expect(ran).toBe(false);
    held.finish();
    await expect(Promise.all(held.results)).resolves.toEqual(['done-0', 'done-1']);
  });

  it.each(KINDS)('lets requests of the other kind through while %s requests are at their limit', async (_, mutating) => {
    const limiter = new InflightLimiter({ maxReadOnly: 1, maxMutating: 1 });
    const held = fill(limiter, mutating, 1);
    await expect(limiter.run(!mutating, async () => 'other kind')).resolves.toBe('other kind');
    held.finish();
    await Promise.all(held.results);
  });

  it.each([
    ['resolved', (r: ReturnType<typeof pending>) => r.resolve('ok')],
    ['rejected', (r: ReturnType<typeof pending>) => r.reject(new Error('boom'))],
  ])('frees the slot of a request that %s', async (_, settle) => {
    for (const [, mutating] of KINDS) {
      const limiter = new InflightLimiter({ maxReadOnly: 1, maxMutating: 1 });
      const first = pending();
      const running = limiter.run(mutating, first.fn);
      await expect(limiter.run(mutating, async () => 'refused')).rejects.toMatchObject({ reason: 'TooManyRequests' });
      settle(first);
      await running.catch(() => undefined);
      await expect(limiter.run(mutating, async () => 'next')).resolves.toBe('next');
      expect(limiter.inflight).toEqual({ readOnly: 0, mutating: 0 });
    }
  });

  it('hands the caller what the request returned or threw', async () => {
    const limiter = new InflightLimiter({ maxReadOnly: 1, maxMutating: 1 });
    await expect(limiter.run(false, async () => 'value')).resolves.toBe('value');
    const failure = new Error('the request failed');
    await expect(limiter.run(true, () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('counts requests in flight by kind', async () => {
    const limiter = new InflightLimiter({ maxReadOnly: 5, maxMutating: 5 });
    const reads = fill(limiter, false, 3);
    const writes = fill(limiter, true, 2);
    expect(limiter.inflight).toEqual({ readOnly: 3, mutating: 2 });
    reads.finish();
    writes.finish();
    await Promise.all([...reads.results, ...writes.results]);
    expect(limiter.inflight).toEqual({ readOnly: 0, mutating: 0 });
  });

  it.each(KINDS)('does not limit %s requests when their limit is 0', async (_, mutating) => {
    const limiter = new InflightLimiter({ maxReadOnly: mutating ? 1 : 0, maxMutating: mutating ? 0 : 1 });
    const held = fill(limiter, mutating, 1_000);
    await expect(limiter.run(mutating, async () => 'one more')).resolves.toBe('one more');
    held.finish();
    await expect(Promise.all(held.results)).resolves.toHaveLength(1_000);
  });
});
