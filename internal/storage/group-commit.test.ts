// GroupCommit on its own, with a hand-cranked scheduler and hand-settled writes, so that every
// interleaving is chosen by the test.
import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

function harness(maxBatch: number) {
  const flushes: Array<() => void> = [];
  const inFlight: Array<{ batch: readonly number[]; settle: (err?: Error) => void }> = [];
  const committed: number[][] = [];
  const failed: number[][] = [];
  const queue = new GroupCommit<number>({
    maxBatch,
    schedule: (flush) => flushes.push(flush),
    write: (batch) =>
      new Promise<void>((resolve, reject) => {
        inFlight.push({ batch: [...batch], settle: (err) => (err ? reject(err) : resolve()) });
      }),
    committed: (batch) => committed.push([...batch]),
    failed: (_err, items) => failed.push([...items]),
  });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { queue, flushes, inFlight, committed, failed, tick };
}

describe('GroupCommit', () => {
  it('writes items in order, one batch at a time, gathering what arrives meanwhile', async () => {
    const h = harness(3);
    h.queue.add(1);
    h.queue.add(2);
    expect(h.flushes).toHaveLength(1);
    h.flushes[0]();
    expect(h.inFlight.map((w) => w.batch)).toEqual([[1, 2]]);
    for (const item of [3, 4, 5, 6]) h.queue.add(item);
    expect(h.flushes).toHaveLength(1); // nothing new is scheduled while a batch is in flight
    h.inFlight[0].settle();
    await h.tick();
    expect(h.committed).toEqual([[1, 2]]);
    expect(h.inFlight.map((w) => w.batch)).toEqual([[1, 2], [3, 4, 5]]);
    h.inFlight[1].settle();
    await h.tick();
    h.inFlight[2].settle();
    await h.queue.whenIdle();
    expect(h.committed).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('fails the failed batch and everything queued behind it, then refuses new items', async () => {
    const h = harness(10);
    h.queue.add(1);
    h.flushes[0]();
    h.queue.add(2);
    h.queue.add(3);
    h.inFlight[0].settle(new Error('disk full'));
    await h.queue.whenIdle();
    expect(h.committed).toEqual([]);
    expect(h.failed).toEqual([[1, 2, 3]]);
    h.queue.add(4);
    expect(h.failed).toEqual([[1, 2, 3], [4]]);
    expect(h.inFlight).toHaveLength(1);
  });
});
