import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/index.js';
import { LeaderElector, type LeaderElectionOptions } from './leader-election.js';
import { FakeLeaseStore, type FakeLeaseClient } from './testing/fake-lease-store.js';

/** Lets pending promise chains run (no real time passes). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

/** Advances the fake clock in 100 ms steps, letting the electors react at each step. */
async function tick(clock: FakeClock, ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 100) {
    clock.advance(100);
    await settle();
  }
}

interface Candidate {
  readonly id: string;
  readonly client: FakeLeaseClient;
  readonly log: string[];
  readonly elector: LeaderElector;
  readonly ctl: AbortController;
  done: Promise<void>;
  leading?: AbortSignal;
}

function candidate(store: FakeLeaseStore, clock: FakeClock, id: string, extra: Partial<LeaderElectionOptions> = {}): Candidate {
  const client = store.clientFor();
  const log: string[] = [];
  const ctl = new AbortController();
  const c: Candidate = {
    id,
    client,
    log,
    ctl,
    done: Promise.resolve(),
    elector: new LeaderElector({
      client,
      namespace: 'kube-system',
      name: 'skiff-controller-manager',
      identity: id,
      clock,
      random: () => 0,
      callbacks: {
        onStartedLeading: (signal) => {
          log.push('started');
          c.leading = signal;
        },
        onStoppedLeading: () => log.push('stopped'),
        onNewLeader: (who) => log.push(`leader ${who}`),
      },
      ...extra,
    }),
  };
  c.done = c.elector.run(ctl.signal);
  return c;
}

describe('LeaderElector', () => {
  it('two candidates: exactly one leads, and the other sees it as leader', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a');
    const b = candidate(store, clock, 'b');
    await tick(clock, 20_000);
    const leaders = [a, b].filter((c) => c.elector.isLeader());
    expect(leaders).toHaveLength(1);
    expect([a.log, b.log].filter((l) => l.includes('started'))).toHaveLength(1);
    const winner = leaders[0]!.id;
    expect(a.elector.getLeader()).toBe(winner);
    expect(b.elector.getLeader()).toBe(winner);
    const lease = store.peek('skiff-controller-manager')!;
    expect(lease.spec).toMatchObject({ holderIdentity: winner, leaseDurationSeconds: 15, leaseTransitions: 0 });
    expect(lease.spec?.renewTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    a.ctl.abort();
    b.ctl.abort();
    await Promise.all([a.done, b.done]);
  });

  it('renews every retryPeriod while leading', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a');
    await settle();
    const before = store.writes.length;
    await tick(clock, 10_000);
    expect(store.writes.length - before).toBe(5);
    expect(new Set(store.writes)).toEqual(new Set(['a@0']));
    a.ctl.abort();
    await a.done;
  });

  it('when the leader stops renewing, it steps down after renewDeadline and the other takes over after leaseDuration', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a');
    await settle();
    const b = candidate(store, clock, 'b');
    await tick(clock, 5_000);
    expect(a.elector.isLeader()).toBe(true);
    expect(b.log).toEqual(['leader a']);

    a.client.down = true;
    const cutAt = clock.now();
    let aStoppedAt = 0;
    let bStartedAt = 0;
    for (let t = 0; t < 30_000 && (!aStoppedAt || !bStartedAt); t += 100) {
      await tick(clock, 100);
      if (!aStoppedAt && a.log.includes('stopped')) aStoppedAt = clock.now() - cutAt;
      if (!bStartedAt && b.log.includes('started')) bStartedAt = clock.now() - cutAt;
    }
    // As in client-go, each renewal round starts a retryPeriod after the last success and gives up
    // renewDeadline later: a steps down 10 to 12 s after the cut, before its lease (15 s) expires.
    expect(aStoppedAt).toBeGreaterThanOrEqual(10_000);
    expect(aStoppedAt).toBeLessThanOrEqual(12_000);
    expect(a.leading?.aborted).toBe(true);
    // b waits a whole leaseDuration from the last change it saw, then at most one retryPeriod.
    expect(bStartedAt).toBeGreaterThan(13_000);
    expect(bStartedAt).toBeLessThanOrEqual(17_100);
    expect(b.log).toEqual(['leader a', 'leader b', 'started']);
    expect(store.peek('skiff-controller-manager')!.spec).toMatchObject({ holderIdentity: 'b', leaseTransitions: 1 });
    await a.done;
    b.ctl.abort();
    await b.done;
  });

  it('a leader that cannot renew steps down even when no one else takes over', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a', { leaseDurationMs: 6_000, renewDeadlineMs: 4_000, retryPeriodMs: 1_000 });
    await tick(clock, 1_000);
    expect(a.log).toEqual(['leader a', 'started']);
    a.client.down = true;
    await tick(clock, 4_100);
    expect(a.log).toEqual(['leader a', 'started', 'stopped']);
    await a.done;
  });

  it('releaseOnCancel clears the holder on a clean stop, so the next candidate takes over at its next retry', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a', { releaseOnCancel: true });
    await settle();
    const b = candidate(store, clock, 'b');
    await tick(clock, 3_000);
    a.ctl.abort();
    await a.done;
    expect(a.log).toEqual(['leader a', 'started', 'stopped']);
    expect(store.peek('skiff-controller-manager')!.spec?.holderIdentity).toBe('');
    await tick(clock, 2_000);
    expect(b.elector.isLeader()).toBe(true);
    expect(store.peek('skiff-controller-manager')!.spec).toMatchObject({ holderIdentity: 'b', leaseTransitions: 1 });
    b.ctl.abort();
    await b.done;
  });

  it('without releaseOnCancel a stopped leader keeps the lease until it expires', async () => {
    const clock = new FakeClock();
    const store = new FakeLeaseStore();
    const a = candidate(store, clock, 'a');
    await settle();
    const b = candidate(store, clock, 'b');
    await tick(clock, 1_000);
    a.ctl.abort();
    await a.done;
    await tick(clock, 10_000);
    expect(b.elector.isLeader()).toBe(false);
    await tick(clock, 8_000);
    expect(b.elector.isLeader()).toBe(true);
    b.ctl.abort();
    await b.done;
  });

  it('rejects inconsistent timings', () => {
    const store = new FakeLeaseStore();
    const base = { client: store.clientFor(), namespace: 'ns', name: 'l', identity: 'a', callbacks: { onStartedLeading: () => {}, onStoppedLeading: () => {} } };
    expect(() => new LeaderElector({ ...base, leaseDurationMs: 10_000, renewDeadlineMs: 10_000 })).toThrow(/leaseDuration/);
    expect(() => new LeaderElector({ ...base, renewDeadlineMs: 2_000, retryPeriodMs: 2_000 })).toThrow(/renewDeadline/);
  });
});
