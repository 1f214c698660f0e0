/**
 * ApiServer: the API server process's parts put together: storage, the registry and its watch
 * caches, bootstrap objects, the gRPC listener (Api and health), the REST listener (Kubernetes'
 * HTTP API, for kubectl) and background compaction; both faces share one in-flight limiter.
 * `start()` binds and returns the bound address; `stop()` stops accepting, lets in-flight calls
 * finish, ends watches and closes storage, so every acknowledged write is on disk.
 */
import { join } from 'node:path';
import { homedir } from 'node:os';
import { Server, ServerCredentials, type ChannelOptions } from '@grpc/grpc-js';
import { serviceDefinition } from '../api/index.js';
import { realClock, type Clock, type Timer } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import { newStorage, type BatchCommitInfo, type Storage, type StorageBackend } from '../storage/index.js';
import { defaultAdmissionChain, type AdmissionChain, type ObjectReader } from './admission/index.js';
import { ClusterIPAllocator, PortAllocator, serviceAllocationHooks } from './allocator/index.js';
import { bootstrap, namespaceHooks } from './bootstrap.js';
import { apiService, HealthService, InflightLimiter, requestSizeStatus } from './grpc/index.js';
import { RestServer } from './rest/index.js';
import { Registry } from './registry/registry.js';
import { DEFAULT_STRATEGIES } from './registry/strategies/index.js';
import type { AllocationHooks, Strategy } from './registry/strategy.js';

/** Kubernetes' request body limit, which is also the gRPC receive limit. */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

/**
 * The gRPC server's transport options (the benchmarks' bare echo server uses the same). Skiff
 * serves no channelz service, so grpc-js's channelz bookkeeping, which it keeps for every call
 * by default, is off.
 */
export const GRPC_SERVER_OPTIONS: ChannelOptions = Object.freeze({
  'grpc.max_receive_message_length': MAX_REQUEST_BYTES,
  'grpc.max_send_message_length': -1,
  'grpc-node.max_session_memory': 256,
  'grpc.enable_channelz': 0,
});

/** Everything the API server is configured with (the binary's flags, parsed). */
export interface ApiServerOptions {
  /** gRPC listen address (`127.0.0.1:6443`; port 0 picks a free one). */
  readonly listen: string;
  /** The REST listener's address (`127.0.0.1:8080`; port 0 picks a free one); the `kubernetes` Service points at it. */
  readonly httpListen: string;
  readonly dataDir: string;
  readonly storageBackend: StorageBackend;
  readonly maxRequestsInflight: number;
  readonly maxMutatingRequestsInflight: number;
  readonly watchCacheWindowMs: number;
  readonly bookmarkIntervalMs: number;
  readonly compactionIntervalMs: number;
  /** Per-resource strategies; the defaults are every kind's. */
  readonly strategies?: Readonly<Record<string, Strategy>>;
  /** Per-resource allocation hooks (services: ClusterIPs and NodePorts). */
  readonly hooks?: Readonly<Record<string, AllocationHooks>>;
  readonly admission?: (reader: ObjectReader) => AdmissionChain;
  /** The CIDR Service ClusterIPs come from (its first address is the `kubernetes` Service's). */
  readonly serviceClusterIPRange: string;
  /** The NodePort range (`30000-32767`). */
  readonly serviceNodePortRange: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Told of every committed storage batch (its revisions, and whether it was synced): tests prove durability with it. */
  readonly onBatchCommitted?: (info: BatchCommitInfo) => void;
}

/** The default data directory: `~/.skiff/apiserver`. */
export function defaultDataDir(): string {
  return join(homedir(), '.skiff', 'apiserver');
}

/** A running API server. */
export class ApiServer {
  private storage!: Storage;
  private registry!: Registry;
  private server: Server | undefined;
  private rest: RestServer | undefined;
  private readonly health = new HealthService();
  private compactionTimer: Timer | undefined;
  private compactMark = 0;
  private readonly clock: Clock;
  private readonly logger: Logger;
  /** The bound gRPC address (`127.0.0.1:41234`), once started. */
  grpcAddress = '';
  /** The bound REST address (`127.0.0.1:41235`), once started. */
  httpAddress = '';

  constructor(readonly options: ApiServerOptions) {
    this.clock = options.clock ?? realClock;
    this.logger = options.logger ?? Logger.discard();
  }

  /** Opens storage, fills the caches, bootstraps, and binds the gRPC listener. */
  async start(): Promise<string> {
    this.storage = newStorage({
      backend: this.options.storageBackend,
      path: join(this.options.dataDir, 'db'),
      onBatchCommitted: this.options.onBatchCommitted,
    });
    await this.storage.open();
    this.logger.info('storage opened', { backend: this.options.storageBackend, revision: this.storage.currentRevision() });
    const ipAllocator = new ClusterIPAllocator({ cidr: this.options.serviceClusterIPRange });
    const portAllocator = new PortAllocator({ range: this.options.serviceNodePortRange });
    let registry: Registry | undefined;
    this.registry = registry = new Registry({
      storage: this.storage,
      clock: this.clock,
      strategies: this.options.strategies ?? DEFAULT_STRATEGIES,
      hooks: {
        services: serviceAllocationHooks({ ipAllocator, portAllocator }),
        ...this.options.hooks,
        namespaces: { ...this.options.hooks?.namespaces, ...namespaceHooks(() => registry!) },
      },
      admission: this.options.admission ?? defaultAdmissionChain,
      watchCache: {
        ring: { initialCapacity: 100, maxCapacity: 102_400, windowMs: this.options.watchCacheWindowMs },
        bookmarkIntervalMs: this.options.bookmarkIntervalMs,
      },
      onFatal: (err) => {
        this.logger.error('storage watch failed; the API server cannot serve consistent reads', { err: err.message });
        process.exitCode = 1;
        void this.stop();
      },
    });
    await this.registry.start();
    // Allocations persist in the Services themselves: rebuild the bitmaps before any write.
    const services = this.registry.reader.list('services');
    for (const problem of [...ipAllocator.restore(services), ...portAllocator.restore(services)]) {
      this.logger.warn('service allocation repair', { problem });
    }

    const limiter = new InflightLimiter({ maxReadOnly: this.options.maxRequestsInflight, maxMutating: this.options.maxMutatingRequestsInflight });
    const server = new Server({ ...GRPC_SERVER_OPTIONS, interceptors: [requestSizeStatus(MAX_REQUEST_BYTES)] });
    server.addService(serviceDefinition('skiff.api.v1.Api', 'raw'), apiService({
      registry: this.registry,
      limits: { maxReadOnly: this.options.maxRequestsInflight, maxMutating: this.options.maxMutatingRequestsInflight },
      limiter,
      onError: (method, status) => this.logger.v(2).info('request failed', { method, reason: status.reason, message: status.message }),
    }));
    server.addService(serviceDefinition('grpc.health.v1.Health'), this.health.implementation());
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(this.options.listen, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    this.server = server;
    const host = this.options.listen.slice(0, this.options.listen.lastIndexOf(':'));
    this.grpcAddress = `${host}:${port}`;

    let ready = false;
    this.rest = new RestServer({
      registry: this.registry,
      limiter,
      listen: this.options.httpListen,
      maxBodyBytes: MAX_REQUEST_BYTES,
      clock: this.clock,
      logger: this.logger,
      isReady: () => ready,
    });
    this.httpAddress = await this.rest.start();
    const httpPort = Number(this.httpAddress.slice(this.httpAddress.lastIndexOf(':') + 1));
    await bootstrap(this.registry, {
      ip: host.replace(/^\[|\]$/g, '') === 'localhost' || host === '0.0.0.0' ? '127.0.0.1' : host.replace(/^\[|\]$/g, ''),
      httpsPort: httpPort,
      grpcPort: port,
      clusterIP: ipAllocator.kubernetesServiceIP,
    });
    this.health.set('SERVING');
    ready = true;
    this.compactMark = this.storage.currentRevision();
    if (this.options.compactionIntervalMs > 0) {
      this.compactionTimer = this.clock.setInterval(() => void this.compactOnSchedule(), this.options.compactionIntervalMs);
    }
    this.logger.info('serving', { grpc: this.grpcAddress, http: this.httpAddress, revision: this.storage.currentRevision() });
    return this.grpcAddress;
  }

  /** Compacts to the revision seen one interval ago, so clients always have an interval to resume. */
  private async compactOnSchedule(): Promise<void> {
    const target = this.compactMark;
    this.compactMark = this.storage.currentRevision();
    if (target > this.storage.compactedRevision()) await this.compact(target);
  }

  /** Compacts storage to `revision` (default: the current one). */
  async compact(revision = this.storage.currentRevision()): Promise<void> {
    try {
      await this.storage.compact(revision);
      this.registry.hub.compacted(revision);
      this.logger.info('compacted', { revision });
    } catch (err) {
      this.logger.error('compaction failed', { revision, err: (err as Error).message });
    }
  }

  /** Stops accepting calls, finishes in-flight ones, ends watches and closes storage. */
  async stop(): Promise<void> {
    this.compactionTimer?.cancel();
    this.health.set('NOT_SERVING');
    this.health.close();
    const rest = this.rest;
    this.rest = undefined;
    const restStopped = rest?.stop();
    const server = this.server;
    this.server = undefined;
    if (server) {
      this.registry.stop();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 5_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
    await restStopped;
    await this.storage?.close();
    this.logger.info('stopped');
  }
}
