/**
 * OpenAPI as Kubernetes serves it: `/openapi/v3` lists one document per group-version, each at
 * `/openapi/v3/<api|apis/group>/<version>?hash=...`, and `/openapi/v2` is one Swagger 2.0 document
 * of every served group-version. Both are spelled from one model of the kinds table's paths
 * (openapi-operations.ts) and one definition builder (openapi-schemas.ts), so a field's patch
 * extensions and a path's `x-kubernetes-*` are the same in both. kubectl reads v3 to send
 * validation to the server, to compute `apply` patches and for `explain`.
 *
 * Documents are built on first request and kept. Each answers with an ETag (the hash its v3 URL
 * carries) and 304 Not Modified to a matching If-None-Match. They are JSON only: an Accept that
 * allows nothing else than Kubernetes' protobuf form gets 406 (client-go's `OpenAPISchema()` asks
 * only for protobuf v2, and kubectl then falls back to what it has built in).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { KINDS, StatusError, type KindInfo } from '../../api/index.js';
import { parseAccept } from './content-negotiation.js';
import { apiModel, gvPath } from './openapi-operations.js';
import { swaggerDocument } from './openapi-v2.js';
import { openAPIV3Document } from './openapi-v3.js';

const V3_PREFIX = '/openapi/v3/';
const JSON_TYPES = new Set(['application/json', 'application/*', '*/*']);

/** True for the paths this module owns. */
export function isOpenAPIPath(path: string): boolean {
  return path === '/openapi/v2' || path === '/openapi/v3' || path.startsWith(V3_PREFIX);
}

/** A built document: its bytes and their hash (uppercase hex SHA-512, as Kubernetes computes it). */
interface BuiltDocument {
  readonly body: Buffer;
  readonly hash: string;
}

let v3Documents: Map<string, BuiltDocument> | undefined;
let v2Document: BuiltDocument | undefined;

function built(document: unknown): BuiltDocument {
  const body = Buffer.from(JSON.stringify(document));
  return { body, hash: createHash('sha512').update(body).digest('hex').toUpperCase() };
}

/** The v3 documents by group-version path (`apis/apps/v1`), in the kinds table's order. */
function openAPIV3Documents(): Map<string, BuiltDocument> {
  if (v3Documents) return v3Documents;
  const byGV = new Map<string, KindInfo[]>();
  for (const k of KINDS) byGV.set(gvPath(k), [...(byGV.get(gvPath(k)) ?? []), k]);
  v3Documents = new Map([...byGV].map(([path, kinds]) => [path, built(openAPIV3Document(apiModel(kinds)))]));
  return v3Documents;
}

function openAPIV2Document(): BuiltDocument {
  v2Document ??= built(swaggerDocument(apiModel(KINDS)));
  return v2Document;
}

/** What serveOpenAPI writes. */
export interface OpenAPIResponse {
  readonly status: 200 | 304;
  readonly headers: Readonly<Record<string, string | number>>;
  readonly body: Buffer;
}

/** The answer to a GET of an OpenAPI path with these request headers; a missing document (404) or an unacceptable Accept (406) throws a StatusError. */
export function openAPIResponse(path: string, headers: IncomingHttpHeaders): OpenAPIResponse {
  if (path === '/openapi/v3') {
    const paths: Record<string, unknown> = {};
    for (const [gv, d] of openAPIV3Documents()) paths[gv] = { serverRelativeURL: `${V3_PREFIX}${gv}?hash=${d.hash}` };
    const body = Buffer.from(JSON.stringify({ paths }));
    return { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Cache-Control': 'no-cache, private' }, body };
  }
  const doc = path === '/openapi/v2' ? openAPIV2Document() : openAPIV3Documents().get(path.slice(V3_PREFIX.length));
  if (!doc) throw new StatusError({ code: 404, reason: 'NotFound', message: `the server could not find the requested resource (${path})` });
  if (!parseAccept(headers.accept).some((m) => JSON_TYPES.has(m.type))) {
    throw new StatusError({ code: 406, reason: 'NotAcceptable', message: 'only the following media types are accepted: application/json' });
  }
  const etag = `"${doc.hash}"`;
  const common = { ETag: etag, Vary: 'Accept', 'Cache-Control': 'no-cache, private' };
  if (matchesETag(headers['if-none-match'], etag)) return { status: 304, headers: common, body: Buffer.alloc(0) };
  return { status: 200, headers: { ...common, 'Content-Type': 'application/json', 'Content-Length': doc.body.length }, body: doc.body };
}

/** If-None-Match as HTTP reads it for a GET: `*`, or a list of entity tags compared weakly. */
function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/** Serves an OpenAPI path (GET or HEAD). */
export function serveOpenAPI(req: IncomingMessage, res: ServerResponse, path: string): void {
  const answer = openAPIResponse(path, req.headers);
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}
