/**
 * ControllerManager: what `skiff-controller-manager` does once its flags are parsed. It connects
 * to the API server, prints the ready line, and runs the enabled controllers: only while it holds
 * the leader Lease when `--leader-elect` (the default), as kube-controller-manager does. Each
 * leadership term gets fresh informers; losing the lease stops the controllers and makes the
 * process exit non-zero, so a supervisor restarts it as a candidate. SIGTERM stops the controllers,
 * releases the lease (so a standby takes over at once) and exits 0.
 */
import { setMaxListeners } from 'node:events';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { realClock, type Clock } from '../clock/index.js';
import type { Logger, RunContext } from '../cli/index.js';
import { Clientset, LeaderElector, SharedInformerFactory, resolveServer } from '../client/index.js';
import { GARBAGE_COLLECTOR_NAME } from '../controllers/garbagecollector/index.js';
import { NAMESPACE_CONTROLLER_NAME } from '../controllers/namespace/index.js';
import { CONTROLLERS, enabledControllers, type ControllerContext } from './controller-registry.js';
import type { ControllerManagerFlags } from './flags.js';

/** How long to wait for the API server to answer at start-up before giving up (kube-controller-manager: 10 s). */
export const API_SERVER_WAIT_MS = 10_000;

/** How long a stopping term waits for its informers to close their watches. */
export const INFORMER_SHUTDOWN_GRACE_MS = 2_000;

/** Options of a controller manager. */
export interface ControllerManagerOptions {
  /** The API server's gRPC address. */
  readonly address: string;
  /** The enabled controllers' names. */
  readonly controllers: readonly string[];
  readonly concurrentSyncs: Readonly<Record<string, number>>;
  readonly leaderElection?: {
    readonly namespace: string;
    readonly name: string;
    readonly leaseDurationMs: number;
    readonly renewDeadlineMs: number;
    readonly retryPeriodMs: number;
  };
  readonly clock?: Clock;
  readonly logger: Logger;
}

/** Runs controllers, leader-elected or not. */
export class ControllerManager {
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly clientset: Clientset;

  constructor(private readonly options: ControllerManagerOptions) {
    for (const name of options.controllers) if (!CONTROLLERS[name]) throw new Error(`unknown controller "${name}"`);
    this.clock = options.clock ?? realClock;
    this.logger = options.logger;
    this.clientset = Clientset.connect({ address: options.address });
  }

  /** Resolves once the API server answers; throws after API_SERVER_WAIT_MS without an answer. */
  async waitForApiServer(signal: AbortSignal): Promise<void> {
    const deadline = this.clock.now() + API_SERVER_WAIT_MS;
    for (;;) {
      try {
        await this.clientset.api.discovery();
        return;
      } catch (err) {
        if (signal.aborted) throw err;
        if (this.clock.now() >= deadline) throw new Error(`the API server at ${this.options.address} did not answer within ${API_SERVER_WAIT_MS / 1000}s: ${String(err)}`);
        this.logger.v(1).info('waiting for the API server', { address: this.options.address });
        await this.clock.sleep(500, signal).catch(() => undefined);
      }
    }
  }

  /** Runs until `signal` aborts (resolves 0) or the lease is lost (resolves 1). */
  async run(signal: AbortSignal): Promise<number> {
    // The clock's timers are unref'd and an idle gRPC channel holds nothing open: without this a
    // standby candidate, which only sleeps between lease checks, would let the process end.
    const keepAlive = setInterval(() => undefined, 1 << 30);
    try {
      const le = this.options.leaderElection;
      if (!le) {
        await this.runControllers(signal);
        return 0;
      }
      let running: Promise<void> = Promise.resolve();
      let lost = false;
      const identity = `${hostname()}_${randomUUID()}`;
      const elector = new LeaderElector({
        client: this.clientset.leases(le.namespace),
        namespace: le.namespace,
        name: le.name,
        identity,
        leaseDurationMs: le.leaseDurationMs,
        renewDeadlineMs: le.renewDeadlineMs,
        retryPeriodMs: le.retryPeriodMs,
        releaseOnCancel: true,
        clock: this.clock,
        logger: this.logger,
        callbacks: {
          onStartedLeading: (leading) => {
            running = this.runControllers(leading);
          },
          onStoppedLeading: () => {
            if (!signal.aborted) lost = true;
          },
          onNewLeader: (holder) => {
            if (holder !== identity) this.logger.info('new leader elected', { leader: holder });
          },
        },
      });
      this.logger.info('attempting to acquire the leader lease', { lease: `${le.namespace}/${le.name}`, identity });
      await elector.run(signal);
      await running;
      if (lost) {
        this.logger.error('leaderelection lost');
        return 1;
      }
      return 0;
    } finally {
      clearInterval(keepAlive);
      this.clientset.close();
    }
  }

  /** One term: fresh shared informers, every enabled controller, until `signal` aborts. */
  private async runControllers(signal: AbortSignal): Promise<void> {
    // Every informer and controller listens for the end of the term on this one signal.
    setMaxListeners(0, signal);
    const informerFactory = new SharedInformerFactory({ clientset: this.clientset, clock: this.clock, logger: this.logger });
    const ctx: ControllerContext = {
      clientset: this.clientset,
      informerFactory,
      concurrentSyncs: this.options.concurrentSyncs,
      clock: this.clock,
      logger: this.logger,
    };
    const controllers = this.options.controllers.map((name) => ({ name, controller: CONTROLLERS[name]!(ctx) }));
    informerFactory.start(signal);
    this.logger.info('started controllers', { controllers: this.options.controllers.join(',') });
    await Promise.all(
      controllers.map(({ name, controller }) =>
        controller.run(signal).catch((err: unknown) => this.logger.error('controller failed', { controller: name, err })),
      ),
    );
    // Controllers are stopped, so no write is in flight; informers only read. Their shutdown is
    // waited for, but not forever: a watch opened just as the term ended can outlive the signal.
    const grace = new AbortController();
    const stopped = await Promise.race([
      informerFactory.shutdown().then(() => true),
      this.clock.sleep(INFORMER_SHUTDOWN_GRACE_MS, grace.signal).then(() => false, () => false),
    ]);
    grace.abort();
    if (!stopped) this.logger.warn('informers did not stop in time; leaving them to the process exit', { graceMs: INFORMER_SHUTDOWN_GRACE_MS });
  }
}

/** `skiff-controller-manager`'s run(): flags into options, connect, ready line, run. */
export async function runControllerManager(flags: ControllerManagerFlags, ctx: RunContext): Promise<number> {
  const resolved = resolveServer({ kubeconfig: flags.kubeconfig || undefined, context: flags.context || undefined, server: flags.server || undefined });
  if (!resolved.ok) throw new Error(resolved.message);
  const controllers = enabledControllers(flags.controllers);
  const manager = new ControllerManager({
    address: resolved.address,
    controllers,
    concurrentSyncs: {
      [GARBAGE_COLLECTOR_NAME]: flags.concurrentGarbageCollectorSyncs,
      [NAMESPACE_CONTROLLER_NAME]: flags.concurrentNamespaceSyncs,
    },
    leaderElection: flags.leaderElect
      ? {
          namespace: flags.leaderElectResourceNamespace,
          name: flags.leaderElectResourceName,
          leaseDurationMs: flags.leaderElectLeaseDuration,
          renewDeadlineMs: flags.leaderElectRenewDeadline,
          retryPeriodMs: flags.leaderElectRetryPeriod,
        }
      : undefined,
    logger: ctx.logger,
  });
  ctx.logger.info('connecting to the API server', { address: resolved.address, source: resolved.source });
  await manager.waitForApiServer(ctx.signal);
  ctx.ready({ server: resolved.address, controllers: controllers.length > 0 ? controllers.join(',') : 'none', 'leader-elect': String(flags.leaderElect) });
  return manager.run(ctx.signal);
}
