/**
 * grpc: the API server's gRPC face (the `Api` service and gRPC health), a thin adapter over the
 * registry.
 */
export { apiService, type ApiServiceOptions } from './api-service.js';
export { discovery, parseDryRun } from '../endpoints/index.js';
export { HealthService, type ServingStatus } from './health-service.js';
export { InflightLimiter, type InflightLimits } from './inflight-limiter.js';
export { requestSizeStatus } from './request-size-status.js';
