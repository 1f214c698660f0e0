/**
 * The skiff-apiserver command line: its flags with their defaults, and the translation of parsed
 * flags into ApiServerOptions.
 */
import { COMMON_FLAGS, FlagSet, defineFlags, validateListenAddress, type FlagOptions, type CommonFlags } from '../cli/index.js';
import { validatePortRange, validateServiceCIDR } from './allocator/index.js';
import { defaultDataDir, type ApiServerOptions } from './server.js';

/** Every flag of skiff-apiserver. */
export const API_SERVER_FLAGS = defineFlags({
  listen: { type: 'string', default: '127.0.0.1:6443', validate: validateListenAddress, help: 'gRPC listen address (HOST:PORT; port 0 picks a free port)' },
  'http-listen': { type: 'string', default: '127.0.0.1:8080', validate: validateListenAddress, help: "REST listen address: Kubernetes' HTTP API, for kubectl (HOST:PORT; port 0 picks a free port)" },
  'data-dir': { type: 'string', default: defaultDataDir(), help: 'directory of the LevelDB database' },
  'storage-backend': { type: 'enum', values: ['leveldb', 'memory'], default: 'leveldb', help: 'storage backend (memory keeps nothing across restarts)' },
  'service-cluster-ip-range': {
    type: 'string',
    default: '127.96.0.0/12',
    validate: validateServiceCIDR,
    help: 'CIDR from which Service ClusterIPs are allocated',
  },
  'service-node-port-range': {
    type: 'string',
    default: '30000-32767',
    validate: validatePortRange,
    help: 'port range reserved for NodePort Services',
  },
  'max-requests-inflight': { type: 'int', default: 400, min: 0, help: 'most read-only requests in flight at once (0: no limit); watches are not counted' },
  'max-mutating-requests-inflight': { type: 'int', default: 200, min: 0, help: 'most mutating requests in flight at once (0: no limit)' },
  'watch-cache-window': { type: 'duration', default: '75s', help: 'history the watch cache tries to keep per resource' },
  'watch-bookmark-interval': { type: 'duration', default: '60s', help: 'how often watchers that allow bookmarks get one' },
  'compaction-interval': { type: 'duration', default: '5m', help: 'how often storage history older than one interval is compacted (0: never); SIGUSR1 compacts at once' },
});

/** The parsed flags. */
export type ApiServerFlags = FlagOptions<typeof API_SERVER_FLAGS & CommonFlags>;

/** Turns parsed flags into the server's options. */
export function optionsFromFlags(flags: ApiServerFlags): ApiServerOptions {
  return {
    listen: flags.listen,
    httpListen: flags.httpListen,
    dataDir: flags.dataDir,
    storageBackend: flags.storageBackend,
    maxRequestsInflight: flags.maxRequestsInflight,
    maxMutatingRequestsInflight: flags.maxMutatingRequestsInflight,
    watchCacheWindowMs: flags.watchCacheWindow,
    bookmarkIntervalMs: flags.watchBookmarkInterval,
    compactionIntervalMs: flags.compactionInterval,
    serviceClusterIPRange: flags.serviceClusterIpRange,
    serviceNodePortRange: flags.serviceNodePortRange,
  };
}

/** The options every flag's default gives, with `overrides` on top (tests and benchmarks start servers in-process with these). */
export function defaultApiServerOptions(overrides: Partial<ApiServerOptions> = {}): ApiServerOptions {
  const parsed = new FlagSet({ ...COMMON_FLAGS, ...API_SERVER_FLAGS }).parse([]);
  if (parsed.kind !== 'parsed') throw new Error('the API server flags have no valid defaults');
  return { ...optionsFromFlags(parsed.options), ...overrides };
}
