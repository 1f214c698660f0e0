import { describe, expect, it } from 'vitest';
import { KINDS, type GroupVersionKind } from '../../api/index.js';
import { NODE_SUBRESOURCES } from './node-subresources.js';
import { openAPIResponse } from './openapi.js';

type Doc = Record<string, unknown>;
type Operation = { operationId: string; 'x-kubernetes-action': string; 'x-kubernetes-group-version-kind': GroupVersionKind; parameters?: { name: string; in: string }[] } & Doc;
type PathItem = Record<string, unknown> & { parameters: { name: string; in: string; required?: boolean }[] };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function get(path: string, headers: Record<string, string> = {}): ReturnType<typeof openAPIResponse> {
  return openAPIResponse(path, headers);
}

function json(path: string): Doc {
  return JSON.parse(get(path).body.toString()) as Doc;
}

const v3Index = json('/openapi/v3') as { paths: Record<string, { serverRelativeURL: string }> };
const v3 = new Map(Object.keys(v3Index.paths).map((gv) => [gv, json(`/openapi/v3/${gv}`)]));
const v2 = json('/openapi/v2');

function paths(doc: Doc): Record<string, PathItem> {
  return doc.paths as Record<string, PathItem>;
}

function definitions(doc: Doc): Record<string, Doc> {
  return (doc.definitions ?? (doc.components as { schemas: Record<string, Doc> }).schemas) as Record<string, Doc>;
}

function operations(item: PathItem): [string, Operation][] {
  return Object.entries(item).filter(([m]) => METHODS.includes(m)) as [string, Operation][];
}

/** Every object in `value`, with the key it sits under. */
function* objects(value: unknown, key = ''): Generator<[string, Doc]> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v, key);
  else if (value !== null && typeof value === 'object') {
    yield [key, value as Doc];
    for (const [k, v] of Object.entries(value)) yield* objects(v, k);
  }
}

function gvPathOf(k: { group: string; version: string }): string {
  return k.group === '' ? `api/${k.version}` : `apis/${k.group}/${k.version}`;
}

describe('OpenAPI v3 subresource paths', () => {
  const deployment = { group: 'apps', version: 'v1', kind: 'Deployment' };
  const scale = { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  const namespace = { group: '', version: 'v1', kind: 'Namespace' };
  const cases: [string, string, Record<string, string>, GroupVersionKind][] = [
    ['apis/apps/v1', '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status', { get: 'get', put: 'put', patch: 'patch' }, deployment],
    ['apis/apps/v1', '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale', { get: 'get', put: 'put', patch: 'patch' }, scale],
    ['apis/apps/v1', '/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/scale', { get: 'get', put: 'put', patch: 'patch' }, scale],
    ['api/v1', '/api/v1/namespaces/{namespace}/replicationcontrollers/{name}/scale', { get: 'get', put: 'put', patch: 'patch' }, scale],
    ['api/v1', '/api/v1/namespaces/{namespace}/pods/{name}/status', { get: 'get', put: 'put', patch: 'patch' }, { group: '', version: 'v1', kind: 'Pod' }],
    ['api/v1', '/api/v1/namespaces/{namespace}/pods/{name}/binding', { post: 'post' }, { group: '', version: 'v1', kind: 'Binding' }],
    ['api/v1', '/api/v1/namespaces/{namespace}/pods/{name}/eviction', { post: 'post' }, { group: 'policy', version: 'v1', kind: 'Eviction' }],
    ['api/v1', '/api/v1/namespaces/{name}/finalize', { put: 'put' }, namespace],
    ['api/v1', '/api/v1/namespaces/{name}/status', { get: 'get', put: 'put', patch: 'patch' }, namespace],
    ['apis/batch/v1', '/apis/batch/v1/namespaces/{namespace}/cronjobs/{name}/status', { get: 'get', put: 'put', patch: 'patch' }, { group: 'batch', version: 'v1', kind: 'CronJob' }],
  ];

  it.each(cases)('%s has %s with its actions and kind', (gv, path, actions, gvk) => {
    const doc = v3.get(gv)!;
    const item = paths(doc)[path]!;
    expect(item, path).toBeDefined();
    const ops = operations(item);
    expect(Object.fromEntries(ops.map(([m, op]) => [m, op['x-kubernetes-action']]))).toEqual(actions);
    for (const [method, op] of ops) {
      expect(op['x-kubernetes-group-version-kind']).toEqual(gvk);
      const writes = method !== 'get';
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect(query).toEqual(writes ? ['dryRun', 'fieldManager', 'fieldValidation'] : []);
      // The response is the schema of the operation's kind.
      const schemaRef = ((op.responses as Record<string, { content: Record<string, { schema: { $ref: string } }> }>)['200']!.content['application/json']!.schema.$ref);
      const schema = definitions(doc)[schemaRef.replace('#/components/schemas/', '')]!;
      expect(schema['x-kubernetes-group-version-kind']).toContainEqual(gvk);
    }
    expect(item.parameters.map((p) => p.name)).toEqual(path.includes('{namespace}') ? ['name', 'namespace', 'pretty'] : ['name', 'pretty']);
  });

  it('lists every subresource the kinds table gives, except the kubelet-served ones', () => {
    for (const k of KINDS) {
      for (const s of k.subresources) {
        const path = `/${gvPathOf(k)}${k.namespaced ? '/namespaces/{namespace}' : ''}/${k.resource}/{name}/${s.name}`;
        expect(paths(v3.get(gvPathOf(k))!)[path] !== undefined, path).toBe(!NODE_SUBRESOURCES.has(s.name));
      }
    }
  });

  it('gives every operation that writes the query parameters kubectl looks for', () => {
    for (const doc of v3.values()) {
      for (const [path, item] of Object.entries(paths(doc))) {
        for (const [method, op] of operations(item)) {
          if (!['put', 'post', 'patch'].includes(method)) continue;
          expect((op.parameters ?? []).map((p) => p.name), `${method} ${path}`).toEqual(expect.arrayContaining(['dryRun', 'fieldManager', 'fieldValidation']));
        }
      }
    }
  });
});

describe.each([
  ['v2', () => [v2], '#/definitions/'],
  ['v3', () => [...v3.values()], '#/components/schemas/'],
])('OpenAPI %s structure', (_name, docs, prefix) => {
  it('resolves every $ref to a definition of the same document', () => {
    for (const doc of docs()) {
      const defs = definitions(doc);
      for (const [, o] of objects(doc)) {
        if (typeof o.$ref !== 'string') continue;
        expect(o.$ref.startsWith(prefix), o.$ref).toBe(true);
        expect(defs[o.$ref.slice(prefix.length)], o.$ref).toBeDefined();
      }
    }
  });

  it('has unique operationIds and declares every path template parameter', () => {
    for (const doc of docs()) {
      const ids = new Set<string>();
      for (const [path, item] of Object.entries(paths(doc))) {
        const declared = item.parameters.filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name).sort(), path).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
        expect(declared.every((p) => p.required === true)).toBe(true);
        for (const [, op] of operations(item)) {
          expect(ids.has(op.operationId), op.operationId).toBe(false);
          ids.add(op.operationId);
        }
      }
    }
  });
});

describe('Swagger 2.0 document', () => {
  it('is Swagger 2.0 with the paths of every served group-version', () => {
    expect(v2.swagger).toBe('2.0');
    expect(v2.openapi).toBeUndefined();
    expect(v2.components).toBeUndefined();
    const v3Paths = [...v3.values()].flatMap((d) => Object.keys(paths(d)));
    expect(Object.keys(paths(v2)).sort()).toEqual(v3Paths.sort());
    for (const doc of v3.values()) {
      for (const [path, item] of Object.entries(paths(doc))) {
        const summary = (i: PathItem): unknown => operations(i).map(([m, op]) => [m, op.operationId, op['x-kubernetes-action'], op['x-kubernetes-group-version-kind']]);
        expect(summary(paths(v2)[path]!), path).toEqual(summary(item));
      }
    }
  });

  it('uses only what Swagger 2.0 has: body parameters, typed query parameters, no anyOf or requestBody', () => {
    for (const [key] of objects(v2)) expect(['anyOf', 'oneOf', 'nullable', 'requestBody', 'content'], key).not.toContain(key);
    for (const [path, item] of Object.entries(paths(v2))) {
      for (const [method, op] of operations(item)) {
        const params = [...item.parameters, ...((op.parameters ?? []) as Doc[])] as Doc[];
        expect(params.filter((p) => p.in === 'body').length, `${method} ${path}`).toBeLessThanOrEqual(1);
        for (const p of params) {
          if (p.in === 'body') expect(p.schema).toBeDefined();
          else expect(['string', 'integer', 'boolean']).toContain(p.type);
        }
        for (const r of Object.values(op.responses as Record<string, Doc>)) expect(typeof r.description).toBe('string');
        expect(Array.isArray(op.produces) && Array.isArray(op.consumes)).toBe(true);
      }
    }
  });

  it("carries every field's x-kubernetes extensions exactly as v3 does", () => {
    const v3Defs: Record<string, Doc> = Object.assign({}, ...[...v3.values()].map(definitions)) as Record<string, Doc>;
    const extensions = (o: Doc): Doc => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('x-kubernetes-')));
    const v2Defs = definitions(v2);
    expect(Object.keys(v2Defs).sort()).toEqual(Object.keys(v3Defs).sort());
    for (const [name, def] of Object.entries(v2Defs)) {
      expect(extensions(def), name).toEqual(extensions(v3Defs[name]!));
      for (const [field, schema] of Object.entries((def.properties ?? {}) as Record<string, Doc>)) {
        const v3Field = (v3Defs[name]!.properties as Record<string, Doc>)[field]!;
        expect(extensions(schema), `${name}.${field}`).toEqual(extensions(v3Field));
      }
    }
    const containers = (v2Defs['skiff.core.v1.PodSpec']!.properties as Record<string, Doc>).containers!;
    expect(containers).toMatchObject({ 'x-kubernetes-patch-strategy': 'merge', 'x-kubernetes-patch-merge-key': 'name' });
    expect((v2Defs['skiff.apps.v1.DeploymentSpec']!.properties as Record<string, Doc>).strategy).toMatchObject({ $ref: '#/definitions/skiff.apps.v1.DeploymentStrategy', 'x-kubernetes-patch-strategy': 'retainKeys' });
  });
});

describe('serving the documents', () => {
  it.each(['/openapi/v2', '/openapi/v3/apis/apps/v1'])('%s answers its ETag, and 304 to If-None-Match with it', (path) => {
    const first = get(path);
    expect(first.status).toBe(200);
    expect(first.headers['Content-Type']).toBe('application/json');
    const etag = String(first.headers.ETag);
    expect(etag).toMatch(/^"[0-9A-F]{128}"$/);
    expect(get(path).body).toBe(first.body); // built once, kept
    expect(get(path, { 'if-none-match': etag })).toMatchObject({ status: 304, headers: { ETag: etag } });
    expect(get(path, { 'if-none-match': `"stale", W/${etag}` }).status).toBe(304);
    expect(get(path, { 'if-none-match': '"stale"' }).status).toBe(200);
  });

  it("names each v3 document by the hash its ETag carries", () => {
    for (const [gv, { serverRelativeURL }] of Object.entries(v3Index.paths)) {
      expect(get(`/openapi/v3/${gv}`).headers.ETag).toBe(`"${serverRelativeURL.split('?hash=')[1]}"`);
    }
  });

  it.each([
    [undefined, 200],
    ['*/*', 200],
    ['application/json', 200],
    ['application/com.github.proto-openapi.spec.v2@v1.0+protobuf, application/json;q=0.5', 200],
    ['application/com.github.proto-openapi.spec.v2@v1.0+protobuf', 406],
    ['application/yaml', 406],
  ])('answers Accept %s with %i', (accept, code) => {
    const headers: Record<string, string> = accept === undefined ? {} : { accept };
    if (code === 200) expect(get('/openapi/v2', headers).status).toBe(200);
    else expect(() => get('/openapi/v2', headers)).toThrow(expect.objectContaining({ status: expect.objectContaining({ code: 406, reason: 'NotAcceptable' }) }));
  });

  it('answers 404 for a group-version it does not serve', () => {
    expect(() => get('/openapi/v3/apis/widgets/v1')).toThrow(expect.objectContaining({ status: expect.objectContaining({ code: 404 }) }));
  });
});
