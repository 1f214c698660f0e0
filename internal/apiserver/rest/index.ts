/**
 * rest: Kubernetes' own REST API over HTTP, so the stock kubectl and every Kubernetes client work
 * against skiff-apiserver: discovery, JSON and YAML objects, Tables, chunked watches, the three
 * patch types, Kubernetes' query parameters and Status errors. A thin adapter over the same
 * registry as the gRPC face; no API semantics live here.
 */
export { RestServer, DEFAULT_MAX_BODY_BYTES, type RestServerOptions } from './rest-server.js';
export { requestInfo, type RequestInfo, type ResourceRequestInfo, type NonResourceRequestInfo, type Verb } from './request-info.js';
