/**
 * apiserver: the only process that touches storage. It validates, defaults, admits, stores and
 * watches every kind through one registry, and serves it over gRPC (the `Api` service) and over
 * Kubernetes' REST API (for kubectl): two thin adapters over the same registry.
 */
export { ApiServer, defaultDataDir, GRPC_SERVER_OPTIONS, MAX_REQUEST_BYTES, type ApiServerOptions } from './server.js';
export { API_SERVER_FLAGS, defaultApiServerOptions, optionsFromFlags, type ApiServerFlags } from './flags.js';
export { runApiServer } from './run.js';
export { versionInfo, SKIFF_VERSION, type VersionInfo } from './version.js';
