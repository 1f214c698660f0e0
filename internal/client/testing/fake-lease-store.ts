/**
 * FakeLeaseStore: an in-memory Lease store with the API server's optimistic concurrency (an update
 * whose resourceVersion is stale is a Conflict), for leader election tests. `clientFor(id)` gives
 * each candidate its own client, which a test can cut off to simulate a dead or partitioned leader.
 */
import { newAlreadyExists, newConflict, newNotFound, newServiceUnavailable, OBJECT_MODIFIED, cloneObject } from '../../api/index.js';
import type { LeaseClient } from '../leader-election.js';
import type { Lease } from '../resource-types.js';

const LEASES = { group: 'coordination.k8s.io', resource: 'leases' };

/** A Lease client that a test can cut off. */
export interface FakeLeaseClient extends LeaseClient {
  /** While true every call fails with ServiceUnavailable. */
  down: boolean;
}

/** Leases in memory, keyed by name. */
export class FakeLeaseStore {
  private readonly leases = new Map<string, Lease>();
  private revision = 0;
  /** Every successful write, as `holder@transitions`. */
  readonly writes: string[] = [];

  /** The stored lease. */
  peek(name: string): Lease | undefined {
    return this.leases.get(name);
  }

  /** A client of its own for one candidate. */
  clientFor(): FakeLeaseClient {
    const guard = (c: FakeLeaseClient): void => {
      if (c.down) throw newServiceUnavailable('connection refused');
    };
    const client: FakeLeaseClient = {
      down: false,
      get: async (name) => {
        guard(client);
        const l = this.leases.get(name);
        if (!l) throw newNotFound(LEASES, name);
        return cloneObject(l);
      },
      create: async (lease) => {
        guard(client);
        const name = lease.metadata!.name!;
        if (this.leases.has(name)) throw newAlreadyExists(LEASES, name);
        return this.put(name, lease);
      },
      update: async (lease) => {
        guard(client);
        const name = lease.metadata!.name!;
        const cur = this.leases.get(name);
        if (!cur) throw newNotFound(LEASES, name);
        if (cur.metadata?.resourceVersion !== lease.metadata?.resourceVersion) throw newConflict(LEASES, name, OBJECT_MODIFIED);
        return this.put(name, lease);
      },
    };
    return client;
  }

  private put(name: string, lease: Lease): Lease {
    const stored = cloneObject({ ...lease, metadata: { ...lease.metadata, resourceVersion: String(++this.revision) } });
    this.leases.set(name, stored);
    this.writes.push(`${stored.spec?.holderIdentity ?? ''}@${stored.spec?.leaseTransitions ?? 0}`);
    return cloneObject(stored);
  }
}
