/**
 * LeaderElector: leader election on a coordination.k8s.io/v1 Lease, client-go's algorithm.
 * A candidate takes the lease when it is absent, already its own, or expired; "expired" is judged
 * by the candidate's own clock from when it last saw the lease record change (never by comparing
 * clocks across machines). The leader renews every retryPeriod; if it cannot renew within
 * renewDeadline it steps down. Optimistic concurrency on the Lease's resourceVersion decides every
 * race, so at most one candidate holds the lease. `releaseOnCancel` clears the holder on a clean
 * stop, so a successor takes over at its next retry instead of after a whole leaseDuration.
 */
import { isConflict, isNotFound, isAlreadyExists } from '../api/index.js';
import { realClock, type Clock } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import type { Lease } from './resource-types.js';
import type { LeaseSpec__Output } from '../api/generated/skiff/coordination/v1/LeaseSpec.js';

/** What the elector needs of a Lease client (a namespaced `ResourceClient<Lease>` fits). */
export interface LeaseClient {
  get(name: string): Promise<Lease>;
  create(lease: Lease): Promise<Lease>;
  update(lease: Lease): Promise<Lease>;
}

/** The callbacks of an elector. */
export interface LeaderCallbacks {
  /** Called on becoming leader; `signal` aborts when leadership ends. */
  onStartedLeading(signal: AbortSignal): void;
  /** Called once after leading ends (lost, or stopped). */
  onStoppedLeading(): void;
  /** Called whenever the observed holder changes (our own identity included). */
  onNewLeader?(identity: string): void;
}

/** Options of an elector. */
export interface LeaderElectionOptions {
  /** The Lease client of the lease's namespace. */
  readonly client: LeaseClient;
  readonly namespace: string;
  /** The Lease's name (the component's name: `skiff-controller-manager`). */
  readonly name: string;
  /** This candidate's unique identity (host name + a random suffix). */
  readonly identity: string;
  /** How long a lease stays valid without renewal (default 15 s). */
  readonly leaseDurationMs?: number;
  /** How long a leader keeps trying to renew before it steps down (default 10 s). */
  readonly renewDeadlineMs?: number;
  /** How often candidates try to acquire and the leader renews (default 2 s). */
  readonly retryPeriodMs?: number;
  /** Clear the holder when `run`'s signal aborts while leading. */
  readonly releaseOnCancel?: boolean;
  readonly callbacks: LeaderCallbacks;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Random source in [0, 1) for the jitter of acquire retries (default Math.random). */
  readonly random?: () => number;
}

/** client-go's JitterFactor: acquire retries wait retryPeriod × (1 + up to 1.2). */
const JITTER_FACTOR = 1.2;

/** A Lease time: RFC 3339 with microseconds, as Kubernetes' MicroTime. */
export function formatMicroTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000Z');
}

/** Runs one candidate of a leader election. */
export class LeaderElector {
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly leaseDurationMs: number;
  private readonly renewDeadlineMs: number;
  private readonly retryPeriodMs: number;
  private readonly random: () => number;
  private observed: Lease | undefined;
  private observedRaw = '';
  private observedTime = 0;
  private reportedLeader: string | undefined;

  constructor(private readonly options: LeaderElectionOptions) {
    this.leaseDurationMs = options.leaseDurationMs ?? 15_000;
    this.renewDeadlineMs = options.renewDeadlineMs ?? 10_000;
    this.retryPeriodMs = options.retryPeriodMs ?? 2_000;
    if (this.leaseDurationMs <= this.renewDeadlineMs) throw new Error('leaseDuration must be greater than renewDeadline');
    if (this.renewDeadlineMs <= JITTER_FACTOR * this.retryPeriodMs) throw new Error('renewDeadline must be greater than retryPeriod*JitterFactor');
    if (this.retryPeriodMs < 1) throw new Error('retryPeriod must be positive');
    if (options.identity === '') throw new Error('leader election requires an identity');
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.logger = (options.logger ?? Logger.discard()).with({ lease: `${options.namespace}/${options.name}`, identity: options.identity });
  }

  /** Whether this candidate holds the lease, as last observed. */
  isLeader(): boolean {
    return this.observed?.spec?.holderIdentity === this.options.identity;
  }

  /** The holder last observed ('' when none). */
  getLeader(): string {
    return this.observed?.spec?.holderIdentity ?? '';
  }

  /** Campaigns until elected, leads until leadership is lost or `signal` aborts, then resolves. */
  async run(signal: AbortSignal): Promise<void> {
    if (!(await this.acquire(signal))) return;
    const leading = new AbortController();
    const stop = (): void => leading.abort();
    signal.addEventListener('abort', stop, { once: true });
    this.logger.info('became leader');
    try {
      this.options.callbacks.onStartedLeading(leading.signal);
    } catch (err) {
      this.logger.error('onStartedLeading threw', { err });
    }
    try {
      await this.renew(signal);
    } finally {
      signal.removeEventListener('abort', stop);
      leading.abort();
      if (signal.aborted && this.options.releaseOnCancel) await this.release();
      this.logger.info('stopped leading');
      this.options.callbacks.onStoppedLeading();
    }
  }

  /** Tries every retryPeriod (jittered) until the lease is ours; false if aborted first. */
  private async acquire(signal: AbortSignal): Promise<boolean> {
    while (!signal.aborted) {
      if (await this.tryAcquireOrRenew()) return true;
      const wait = this.retryPeriodMs * (1 + this.random() * JITTER_FACTOR);
      if (!(await this.sleep(wait, signal))) return false;
    }
    return false;
  }

  /** Renews every retryPeriod; returns when a renewal could not succeed within renewDeadline, or on abort. */
  private async renew(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const deadline = this.clock.now() + this.renewDeadlineMs;
      let renewed = false;
      while (!signal.aborted && this.clock.now() < deadline) {
        renewed = await this.withDeadline(this.tryAcquireOrRenew(), deadline);
        if (renewed) break;
        if (!(await this.sleep(Math.min(this.retryPeriodMs, deadline - this.clock.now()), signal))) return;
      }
      if (!renewed) {
        if (!signal.aborted) this.logger.warn('failed to renew the lease within renewDeadline; stepping down');
        return;
      }
      if (!(await this.sleep(this.retryPeriodMs, signal))) return;
    }
  }

  /** One attempt: create, renew or take over the lease. True when we hold it afterwards. */
  private async tryAcquireOrRenew(): Promise<boolean> {
    const { client, name, namespace, identity } = this.options;
    const now = this.clock.now();
    const durationSeconds = Math.ceil(this.leaseDurationMs / 1000);
    const spec: LeaseSpec__Output = {
      holderIdentity: identity,
      leaseDurationSeconds: durationSeconds,
      acquireTime: formatMicroTime(now),
      renewTime: formatMicroTime(now),
      leaseTransitions: 0,
    };
    let current: Lease;
    try {
      current = await client.get(name);
    } catch (err) {
      if (!isNotFound(err)) {
        this.logger.warn('cannot read the lease', { err });
        return false;
      }
      try {
        const created = await client.create({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace }, spec });
        this.observe(created);
        return true;
      } catch (createErr) {
        if (!isAlreadyExists(createErr)) this.logger.warn('cannot create the lease', { err: createErr });
        return false;
      }
    }
    this.observe(current);
    const old = current.spec ?? {};
    const holder = old.holderIdentity ?? '';
    if (holder !== '' && holder !== identity && this.observedTime + this.leaseDurationMs > now) return false;
    if (holder === identity) {
      spec.acquireTime = old.acquireTime;
      spec.leaseTransitions = old.leaseTransitions ?? 0;
    } else {
      spec.leaseTransitions = (old.leaseTransitions ?? 0) + 1;
    }
    try {
      this.observe(await client.update({ ...current, spec }));
      return true;
    } catch (err) {
      if (isConflict(err)) this.logger.v(2).info('lost a race for the lease');
      else this.logger.warn('cannot update the lease', { err });
      return false;
    }
  }

  /** Gives the lease up: no holder, so the next candidate takes it at once. */
  private async release(): Promise<void> {
    if (!this.isLeader() || !this.observed) return;
    const now = formatMicroTime(this.clock.now());
    const spec: LeaseSpec__Output = {
      holderIdentity: '',
      leaseDurationSeconds: 1,
      acquireTime: now,
      renewTime: now,
      leaseTransitions: this.observed.spec?.leaseTransitions ?? 0,
    };
    try {
      this.observe(await this.options.client.update({ ...this.observed, spec }));
    } catch (err) {
      this.logger.warn('cannot release the lease', { err });
    }
  }

  /** Records the lease as seen now; the expiry clock restarts only when the record changed. */
  private observe(lease: Lease): void {
    const raw = JSON.stringify(lease.spec ?? {});
    if (raw !== this.observedRaw) {
      this.observedRaw = raw;
      this.observedTime = this.clock.now();
    }
    this.observed = lease;
    const holder = lease.spec?.holderIdentity ?? '';
    if (holder !== this.reportedLeader) {
      this.reportedLeader = holder;
      if (holder !== '') {
        try {
          this.options.callbacks.onNewLeader?.(holder);
        } catch (err) {
          this.logger.error('onNewLeader threw', { err });
        }
      }
    }
  }

  /** Resolves true after `ms`, false if `signal` aborted. */
  private async sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    return this.clock.sleep(Math.max(0, ms), signal).then(
      () => true,
      () => false,
    );
  }

  /** An attempt that has not finished by `deadline` counts as failed. */
  private async withDeadline(attempt: Promise<boolean>, deadline: number): Promise<boolean> {
    const ctl = new AbortController();
    const timeout = this.clock.sleep(Math.max(0, deadline - this.clock.now()), ctl.signal).then(
      () => false,
      () => false,
    );
    try {
      return await Promise.race([attempt, timeout]);
    } finally {
      ctl.abort();
    }
  }
}
