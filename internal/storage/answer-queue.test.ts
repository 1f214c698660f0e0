import { describe, expect, it } from 'vitest';
import { AnswerQueue } from './answer-queue.js';

/** A scheduler the test turns by hand. */
function manualTurns(): { schedule: (fn: () => void) => void; next: () => void; pending: () => number } {
  const queue: Array<() => void> = [];
  return { schedule: (fn) => queue.push(fn), next: () => queue.shift()?.(), pending: () => queue.length };
}

describe('AnswerQueue', () => {
  it('answers the first slice at once and the rest on later turns, in order', () => {
    const turns = manualTurns();
    const q = new AnswerQueue(turns.schedule);
    const seen: number[] = [];
    q.add(Array.from({ length: 40 }, (_, i) => () => seen.push(i)));
    // A quarter of what waits, at least four.
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => i));
    turns.next();
    expect(seen).toHaveLength(18);
    while (turns.pending() > 0) turns.next();
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('keeps the order across batches: a later batch waits behind an earlier one still being answered', () => {
    const turns = manualTurns();
    const q = new AnswerQueue(turns.schedule);
    const seen: string[] = [];
    q.add(Array.from({ length: 8 }, (_, i) => () => seen.push(`a${i}`)));
    q.add(Array.from({ length: 2 }, (_, i) => () => seen.push(`b${i}`)));
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3']);
    while (turns.pending() > 0) turns.next();
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'b0', 'b1']);
  });

  it('resolves whenIdle only once everything queued is answered', async () => {
    const turns = manualTurns();
    const q = new AnswerQueue(turns.schedule);
    await q.whenIdle();
    let answered = 0;
    q.add(Array.from({ length: 12 }, () => () => answered++));
    let idle = false;
    const done = q.whenIdle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    while (turns.pending() > 0) turns.next();
    await done;
    expect(answered).toBe(12);
  });
});
