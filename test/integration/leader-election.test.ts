import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clientset, LeaderElector } from '../../internal/client/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Candidate {
  readonly id: string;
  readonly clientset: Clientset;
  readonly elector: LeaderElector;
  readonly ctl: AbortController;
  readonly done: Promise<void>;
  startedAt?: number;
  stoppedAt?: number;
}

const TIMINGS = { leaseDurationMs: 3000, renewDeadlineMs: 2000, retryPeriodMs: 500 };

describe('leader election against the real apiserver', () => {
  let server: ApiServerProcess;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  function candidate(id: string, lease: string, releaseOnCancel = false): Candidate {
    // Each candidate has its own client, as separate processes would.
    const clientset = Clientset.connect({ address: server.address, retries: 0 });
    const ctl = new AbortController();
    const c = {} as { -readonly [K in keyof Candidate]: Candidate[K] };
    Object.assign(c, { id, clientset, ctl });
    c.elector = new LeaderElector({
      client: clientset.leases('kube-system'),
      namespace: 'kube-system',
      name: lease,
      identity: id,
      releaseOnCancel,
      ...TIMINGS,
      callbacks: {
        onStartedLeading: () => (c.startedAt = Date.now()),
        onStoppedLeading: () => (c.stoppedAt = Date.now()),
      },
    });
    c.done = c.elector.run(ctl.signal);
    return c;
  }

  it('two electors: exactly one leads; kill the leader and the other takes over after the lease expires', async () => {
    const a = candidate('a', 'kill-test');
    const b = candidate('b', 'kill-test');
    await waitFor(() => a.startedAt !== undefined || b.startedAt !== undefined, 'a leader');
    // Give the loser a few retry periods to prove it stays a follower.
    await new Promise((r) => setTimeout(r, 1500));
    const [leader, follower] = a.startedAt !== undefined ? [a, b] : [b, a];
    expect(follower.startedAt).toBeUndefined();
    expect(follower.elector.getLeader()).toBe(leader.id);

    // Kill the leader: its client goes away, so it can no longer renew.
    const killedAt = Date.now();
    leader.clientset.close();
    await waitFor(() => follower.startedAt !== undefined, 'the follower to take over');
    await waitFor(() => leader.stoppedAt !== undefined, 'the old leader to step down');
    // The old leader steps down (within renewDeadline + retryPeriod) before the follower takes over
    // (leaseDuration after it last saw the lease change): never two leaders at once.
    expect(leader.stoppedAt!).toBeLessThanOrEqual(follower.startedAt!);
    expect(follower.startedAt! - killedAt).toBeGreaterThanOrEqual(TIMINGS.leaseDurationMs - TIMINGS.retryPeriodMs);
    const lease = await follower.clientset.leases('kube-system').get('kill-test');
    expect(lease.spec).toMatchObject({ holderIdentity: follower.id, leaseTransitions: 1, leaseDurationSeconds: 3 });

    follower.ctl.abort();
    leader.ctl.abort();
    await Promise.all([a.done, b.done]);
    follower.clientset.close();
  }, 30_000);

  it('with releaseOnCancel a leader that stops cleanly hands over at once', async () => {
    const a = candidate('a', 'release-test', true);
    await waitFor(() => a.startedAt !== undefined, 'a to lead');
    const b = candidate('b', 'release-test', true);
    await new Promise((r) => setTimeout(r, 600));
    const stoppedAt = Date.now();
    a.ctl.abort();
    await a.done;
    await waitFor(() => b.startedAt !== undefined, 'b to take over');
    // Well within a lease duration: b took the released lease at its next retry.
    expect(b.startedAt! - stoppedAt).toBeLessThan(TIMINGS.leaseDurationMs - 1000);
    b.ctl.abort();
    await b.done;
    const lease = await b.clientset.leases('kube-system').get('release-test');
    expect(lease.spec?.holderIdentity).toBe('');
    a.clientset.close();
    b.clientset.close();
  }, 30_000);
});
