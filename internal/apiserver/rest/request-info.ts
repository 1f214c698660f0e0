/**
 * RequestInfo: what a request path and method name, as Kubernetes' RequestInfoFactory reads them:
 * `/apis/apps/v1/namespaces/ns/deployments/web/scale` is group apps, version v1, namespace ns,
 * resource deployments, name web, subresource scale; the verb comes from the method, a `/watch/`
 * path segment or `?watch=true`, and a nameless get is a list, a nameless delete a deletecollection.
 * Paths outside `/api` and `/apis` (and discovery paths within them) are non-resource requests.
 */

/** The verbs of Kubernetes' API, as authorization and discovery name them. */
export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

/** A request for a resource, or for a non-resource path (discovery, /version, /healthz). */
export type RequestInfo = ResourceRequestInfo | NonResourceRequestInfo;

/** A request for a resource. */
export interface ResourceRequestInfo {
  readonly isResourceRequest: true;
  readonly verb: Verb;
  readonly group: string;
  readonly version: string;
  /** "" for a cluster-wide request (and for cluster-scoped resources other than `namespaces/<name>`). */
  readonly namespace: string;
  readonly resource: string;
  readonly name: string;
  readonly subresource: string;
  /** Path segments after the subresource, which no resource here serves. */
  readonly extra: readonly string[];
}

/** A request outside the resource paths. */
export interface NonResourceRequestInfo {
  readonly isResourceRequest: false;
  readonly path: string;
  /** The lowercased method (`get`, `post`, ...). */
  readonly verb: string;
}

/** Namespace subresources: `/api/v1/namespaces/ns/status` is the namespace's status, not a resource `status` in it. */
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

const METHOD_VERBS: Readonly<Record<string, Verb>> = {
  GET: 'get',
  HEAD: 'get',
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

/** Go's strconv.ParseBool, which Kubernetes uses for boolean query parameters; undefined when not a boolean. */
export function parseBool(v: string | null | undefined): boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false;
  return undefined;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads a request's method, path and query as Kubernetes does. */
export function requestInfo(method: string, path: string, query: URLSearchParams): RequestInfo {
  const nonResource: NonResourceRequestInfo = { isResourceRequest: false, path, verb: method.toLowerCase() };
  const parts = path.split('/').filter((p) => p !== '').map(decodeSegment);
  if (parts.length === 0 || (parts[0] !== 'api' && parts[0] !== 'apis')) return nonResource;
  let rest: string[];
  let group: string;
  let version: string;
  if (parts[0] === 'api') {
    if (parts.length < 2) return nonResource;
    group = '';
    version = parts[1]!;
    rest = parts.slice(2);
  } else {
    if (parts.length < 3) return nonResource;
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  }
  // `/api/v1` and `/apis/apps/v1` are discovery documents.
  if (rest.length === 0) return nonResource;
  let verb = METHOD_VERBS[method.toUpperCase()];
  if (!verb) return nonResource;
  if (rest[0] === 'watch') {
    if (verb !== 'get') return nonResource;
    verb = 'watch';
    rest = rest.slice(1);
    if (rest.length === 0) return nonResource;
  }
  let namespace = '';
  if (rest[0] === 'namespaces' && rest.length > 1) {
    namespace = rest[1]!;
    if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.has(rest[2]!)) rest = rest.slice(2);
  }
  const resource = rest[0] ?? '';
  const name = rest[1] ?? '';
  const subresource = rest[2] ?? '';
  if (name === '') {
    if (verb === 'get') verb = parseBool(query.get('watch')) ? 'watch' : 'list';
    else if (verb === 'delete') verb = 'deletecollection';
  } else if (verb === 'get' && parseBool(query.get('watch'))) {
    verb = 'watch';
  }
  return { isResourceRequest: true, verb, group, version, namespace, resource, name, subresource, extra: rest.slice(3) };
}

/** True for verbs that write (their in-flight limit is the mutating one). */
export function isMutating(verb: Verb): boolean {
  return verb === 'create' || verb === 'update' || verb === 'patch' || verb === 'delete' || verb === 'deletecollection';
}
