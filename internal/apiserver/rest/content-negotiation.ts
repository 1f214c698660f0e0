/**
 * Content negotiation as Kubernetes does it: the Accept header is a list of media ranges with
 * parameters (`application/json;as=Table;v=v1;g=meta.k8s.io`, the aggregated discovery
 * `application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList`), tried in order of quality
 * then position; the first one the endpoint can produce wins (responses are JSON, YAML or a Table;
 * kubectl's `application/vnd.kubernetes.protobuf,application/json` gets JSON). The request's
 * Content-Type picks the body decoder (JSON, YAML or Kubernetes' protobuf) or the patch type.
 */
import { K8S_PROTOBUF_MEDIA_TYPE, newUnsupportedMediaType, StatusError } from '../../api/index.js';
import type { PatchType } from '../registry/request-options.js';

/** One media range of an Accept header, or a Content-Type. */
export interface MediaType {
  /** `application/json`, lowercased. */
  readonly type: string;
  /** Parameters, with lowercased names (`as`, `g`, `v`, `q`). */
  readonly params: Readonly<Record<string, string>>;
}

/** What a response is rendered as. */
export type OutputKind = 'json' | 'yaml' | 'table' | 'aggregated-discovery';

/** The negotiated output, with the media type to answer with. */
export interface Output {
  readonly kind: OutputKind;
  readonly contentType: string;
}

/** Parses one media type (`application/json; charset=utf-8`). */
export function parseMediaType(text: string): MediaType {
  const [type = '', ...rest] = text.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

/** The media ranges of an Accept header, best first (by q, then by position). An absent header accepts anything. */
export function parseAccept(header: string | undefined): MediaType[] {
  if (!header || header.trim() === '') return [{ type: '*/*', params: {} }];
  const ranges = header
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s, i) => ({ media: parseMediaType(s), i }));
  const q = (m: MediaType): number => {
    const v = Number(m.params.q ?? '1');
    return Number.isFinite(v) ? v : 0;
  };
  return ranges
    .filter((r) => q(r.media) > 0)
    .sort((a, b) => q(b.media) - q(a.media) || a.i - b.i)
    .map((r) => r.media);
}

const JSON_TYPES = new Set(['application/json', 'application/*', '*/*']);

/** What the endpoint can produce. */
export interface Producible {
  /** A meta.k8s.io/v1 Table (lists, gets and watches of resources). */
  readonly table?: boolean;
  /** The apidiscovery.k8s.io/v2 APIGroupDiscoveryList (`/api`, `/apis`). */
  readonly aggregatedDiscovery?: boolean;
}

/** Picks the output for an Accept header, or throws 406 NotAcceptable. */
export function negotiate(accept: string | undefined, can: Producible = {}): Output {
  for (const m of parseAccept(accept)) {
    const as = m.params.as;
    if (as === undefined) {
      if (JSON_TYPES.has(m.type)) return { kind: 'json', contentType: 'application/json' };
      if (m.type === 'application/yaml') return { kind: 'yaml', contentType: 'application/yaml' };
      continue;
    }
    if (m.type !== 'application/json') continue;
    if (as === 'Table' && can.table && m.params.g === 'meta.k8s.io' && (m.params.v === 'v1' || m.params.v === 'v1beta1')) {
      return { kind: 'table', contentType: 'application/json;as=Table;v=v1;g=meta.k8s.io' };
    }
    if (as === 'APIGroupDiscoveryList' && can.aggregatedDiscovery && m.params.g === 'apidiscovery.k8s.io' && m.params.v === 'v2') {
      return { kind: 'aggregated-discovery', contentType: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList' };
    }
  }
  throw new StatusError({
    code: 406,
    reason: 'NotAcceptable',
    message: `only the following media types are accepted: application/json, application/yaml${can.table ? ', application/json;as=Table;v=v1;g=meta.k8s.io' : ''}`,
  });
}

/** How a request body is written: JSON, YAML, or Kubernetes' protobuf (kubectl's imperative commands send it). */
export type BodyFormat = 'json' | 'yaml' | 'protobuf';

/** The body format of a create or update, from its Content-Type (absent: JSON), or 415. */
export function bodyFormat(contentType: string | undefined): BodyFormat {
  const type = parseMediaType(contentType ?? 'application/json').type;
  if (type === 'application/json' || type === '') return 'json';
  if (type === 'application/yaml' || type === 'application/x-yaml' || type === 'text/yaml') return 'yaml';
  if (type === K8S_PROTOBUF_MEDIA_TYPE) return 'protobuf';
  throw newUnsupportedMediaType(
    `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, ${K8S_PROTOBUF_MEDIA_TYPE}`,
  );
}

/** The patch type of a PATCH, from its Content-Type, or 415 (server-side apply included: Skiff does not serve it). */
export function patchTypeOf(contentType: string | undefined): PatchType {
  const type = parseMediaType(contentType ?? '').type;
  switch (type) {
    case 'application/json-patch+json':
      return 'json';
    case 'application/merge-patch+json':
      return 'merge';
    case 'application/strategic-merge-patch+json':
      return 'strategic';
    case 'application/apply-patch+yaml':
    case 'application/apply-patch+cbor':
      throw newUnsupportedMediaType(
        'server-side apply is not supported by this server (Skiff): use client-side `kubectl apply` (without --server-side), or a json, merge or strategic merge patch',
      );
    default:
      throw newUnsupportedMediaType(
        `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
      );
  }
}
