/**
 * OpenAPI v3 as Kubernetes serves it: `/openapi/v3` lists one document per group-version, each at
 * `/openapi/v3/<api|apis/group>/<version>?hash=...`; a document holds every kind's schema (from
 * the proto, by protobufjs reflection: properties and types, int-or-string, and the patch metadata
 * `x-kubernetes-patch-strategy`, `-patch-merge-key`, `-list-type`, `-list-map-keys`, `-map-type` from
 * the `(skiff.*)` field options) and the kind's paths, whose operations carry
 * `x-kubernetes-group-version-kind` and the `fieldValidation` parameter. That is what kubectl
 * reads to send validation to the server, to compute `apply` patches and for `explain`.
 *
 * Descriptions are the proto's comments (messages and fields). `/openapi/v2` answers 404: kubectl
 * 1.32 reads v3 and only falls back to v2 where v3 is absent.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import protobuf from 'protobufjs';
import { KINDS, StatusError, typeOfKind, type KindInfo } from '../../api/index.js';
import { schemaForType, type FieldSchema } from '../../api/patch/index.js';

type Schema = Record<string, unknown>;

/** True for the paths this module owns. */
export function isOpenAPIPath(path: string): boolean {
  return path === '/openapi/v2' || path === '/openapi/v3' || path.startsWith('/openapi/v3/');
}

interface GVDocument {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

let documents: Map<string, GVDocument> | undefined;

function gvPath(info: Pick<KindInfo, 'group' | 'version'>): string {
  return info.group === '' ? `api/${info.version}` : `apis/${info.group}/${info.version}`;
}

function allDocuments(): Map<string, GVDocument> {
  if (documents) return documents;
  documents = new Map();
  const byGV = new Map<string, KindInfo[]>();
  for (const k of KINDS) {
    if (!k.persisted) continue;
    const p = gvPath(k);
    byGV.set(p, [...(byGV.get(p) ?? []), k]);
  }
  for (const [path, kinds] of byGV) {
    const text = JSON.stringify(gvDocument(kinds));
    documents.set(path, { path, text, hash: createHash('sha512').update(text).digest('hex').toUpperCase() });
  }
  return documents;
}

/** Serves an OpenAPI path. */
export function serveOpenAPI(_req: IncomingMessage, res: ServerResponse, path: string): void {
  if (path === '/openapi/v3') {
    const paths: Record<string, unknown> = {};
    for (const d of allDocuments().values()) paths[d.path] = { serverRelativeURL: `/openapi/v3/${d.path}?hash=${d.hash}` };
    return send(res, JSON.stringify({ paths }));
  }
  const doc = allDocuments().get(path.slice('/openapi/v3/'.length));
  if (!doc) throw new StatusError({ code: 404, reason: 'NotFound', message: `the server could not find the requested resource (${path})` });
  send(res, doc.text);
}

function send(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache, private' });
  res.end(body);
}

function schemaName(type: protobuf.Type): string {
  return type.fullName.replace(/^\./, '');
}

function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

/** Collects the schema of `type` and every message it reaches into `out`. */
function collect(type: protobuf.Type, out: Record<string, Schema>): void {
  const name = schemaName(type);
  if (out[name]) return;
  const properties: Record<string, Schema> = {};
  const schema: Schema = { type: 'object', properties };
  if (type.comment) schema.description = type.comment;
  out[name] = schema;
  const patch = schemaForType(type);
  for (const field of type.fieldsArray) {
    field.resolve();
    properties[field.name] = fieldSchema(field, patch.field(field.name), out);
  }
}

function scalar(field: protobuf.Field, out: Record<string, Schema>): Schema {
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Type) {
    if (schemaName(rt) === 'skiff.meta.v1.IntOrString') return { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    collect(rt, out);
    return { allOf: [ref(schemaName(rt))], default: {} };
  }
  if (rt instanceof protobuf.Enum) return { type: 'string', enum: Object.keys(rt.values) };
  switch (field.type) {
    case 'string':
      // An embedded JSON value (a RawExtension such as ControllerRevision.data): any object.
      if (field.options?.['(skiff.raw_json)'] === true) return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
      return { type: 'string', default: '' };
    case 'bool':
      return { type: 'boolean', default: false };
    case 'int32':
    case 'sint32':
    case 'sfixed32':
    case 'uint32':
    case 'fixed32':
      return { type: 'integer', format: 'int32', default: 0 };
    case 'double':
    case 'float':
      return { type: 'number', format: 'double', default: 0 };
    case 'bytes':
      return { type: 'string', format: 'byte' };
    default:
      return { type: 'integer', format: 'int64', default: 0 };
  }
}

/** A field's schema, with the `x-kubernetes-*` patch extensions read from the proto's options by the patch engine's schema (one reading for both). */
function fieldSchema(field: protobuf.Field, patch: FieldSchema | undefined, out: Record<string, Schema>): Schema {
  let schema: Schema;
  if (field instanceof protobuf.MapField) schema = { type: 'object', additionalProperties: scalar(field, out) };
  else if (field.repeated) schema = { type: 'array', items: scalar(field, out) };
  else schema = scalar(field, out);
  // Optional scalars have no default: absent and zero differ (DESIGN.md section 2).
  if (!field.repeated && !(field instanceof protobuf.MapField)) delete schema.default;
  if (field.comment) schema.description = field.comment;
  if (!patch) return schema;
  if (patch.patchStrategies.length > 0) schema['x-kubernetes-patch-strategy'] = patch.patchStrategies.join(',');
  if (patch.patchMergeKey) schema['x-kubernetes-patch-merge-key'] = patch.patchMergeKey;
  if (patch.listType) schema['x-kubernetes-list-type'] = patch.listType;
  if (patch.listMapKeys.length > 0) schema['x-kubernetes-list-map-keys'] = [...patch.listMapKeys];
  if (patch.mapType) schema['x-kubernetes-map-type'] = patch.mapType;
  return schema;
}

const QUERY = (name: string, type: string, description: string): Schema => ({ name, in: 'query', description, schema: { type, uniqueItems: true } });

const WRITE_PARAMS = [
  QUERY('dryRun', 'string', 'When present, indicates that modifications should not be persisted. Valid value: All.'),
  QUERY('fieldManager', 'string', 'The name of the actor making the change.'),
  QUERY('fieldValidation', 'string', 'How the server treats unknown and duplicate fields: Ignore, Warn (the default) or Strict.'),
];

function operation(info: KindInfo, action: string, extra: Schema = {}): Schema {
  return {
    operationId: `${action}${info.kind}`,
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref(schemaName(typeOfKind(info))) } } } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': { group: info.group, version: info.version, kind: info.kind },
    ...extra,
  };
}

function gvDocument(kinds: readonly KindInfo[]): Schema {
  const schemas: Record<string, Schema> = {};
  const paths: Record<string, Schema> = {};
  for (const info of kinds) {
    const type = typeOfKind(info);
    collect(type, schemas);
    schemas[schemaName(type)]!['x-kubernetes-group-version-kind'] = [{ group: info.group, version: info.version, kind: info.kind }];
    const base = `/${gvPath(info)}${info.namespaced ? '/namespaces/{namespace}' : ''}/${info.resource}`;
    const body = (types: string[]): Schema => ({ required: true, content: Object.fromEntries(types.map((t) => [t, { schema: ref(schemaName(type)) }])) });
    const pathParams = [
      ...(info.namespaced ? [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string' } }] : []),
    ];
    paths[base] = {
      parameters: pathParams,
      get: operation(info, 'list'),
      post: operation(info, 'post', { parameters: WRITE_PARAMS, requestBody: body(['application/json', 'application/yaml']) }),
    };
    paths[`${base}/{name}`] = {
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }, ...pathParams],
      get: operation(info, 'get'),
      put: operation(info, 'put', { parameters: WRITE_PARAMS, requestBody: body(['application/json', 'application/yaml']) }),
      patch: operation(info, 'patch', {
        parameters: WRITE_PARAMS,
        requestBody: {
          required: true,
          content: {
            'application/json-patch+json': { schema: { type: 'object' } },
            'application/merge-patch+json': { schema: { type: 'object' } },
            'application/strategic-merge-patch+json': { schema: { type: 'object' } },
          },
        },
      }),
      delete: operation(info, 'delete'),
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths,
    components: { schemas },
  };
}
