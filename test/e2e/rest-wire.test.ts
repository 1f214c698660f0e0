// The REST face on the wire, below kubectl: limits, malformed input, Status bodies, watch streaming
// (chunked lines, 410 ERROR events), Tables, discovery and the Warning header.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServerProcess } from '../harness.js';

let server: ApiServerProcess;
let base: string;
beforeAll(async () => {
  server = await startApiServer({ args: ['--storage-backend', 'memory'] });
  base = `http://${server.http}`;
});
afterAll(async () => {
  await server?.stop();
});

const CM = '/api/v1/namespaces/default/configmaps';

async function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(base + path, { method: 'POST', body, headers: { 'Content-Type': contentType } });
}

/** POSTs over node:http, to see each `Warning` header apart and read its bytes as UTF-8 (as Go clients do). */
async function postRaw(path: string, body: string): Promise<{ status: number; warnings: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      const warnings: string[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        if (res.rawHeaders[i]!.toLowerCase() === 'warning') warnings.push(Buffer.from(res.rawHeaders[i + 1]!, 'latin1').toString('utf8'));
      }
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, warnings }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function status(res: Response): Promise<{ code: number; reason: string; message: string }> {
  expect(res.headers.get('content-type')).toBe('application/json');
  return (await res.json()) as { code: number; reason: string; message: string };
}

describe('REST wire behaviour', () => {
  it('refuses a body over 3 MiB with 413', async () => {
    const res = await post(CM, JSON.stringify({ data: { big: 'x'.repeat(3 * 1024 * 1024 + 1) } }));
    expect(res.status).toBe(413);
    expect((await status(res)).reason).toBe('RequestEntityTooLarge');
  });

  it('answers malformed JSON, an unknown resource and a wrong content type with a Status', async () => {
    const bad = await post(CM, '{"metadata":');
    expect(bad.status).toBe(400);
    expect((await status(bad)).message).toBe(
      'the object provided is unrecognized (must be of type ConfigMap): couldn\'t get version/kind; json parse error: unexpected end of JSON input ({"metadata":)',
    );
    const unknown = await fetch(`${base}/api/v1/namespaces/default/widgets`);
    expect(unknown.status).toBe(404);
    expect((await status(unknown)).message).toBe('the server could not find the requested resource (resource "widgets" in group "" version "v1")');
    // Kubernetes protobuf is taken now (kubectl-imperative.test.ts); CBOR is not.
    const cbor = await post(CM, '\u00a0', 'application/cbor');
    expect(cbor.status).toBe(415);
  });

  it('accepts YAML bodies and reports duplicate fields per fieldValidation', async () => {
    const yaml = await post(CM, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  a: "1"\n', 'application/yaml');
    expect(yaml.status).toBe(201);
    const dup = await post(`${CM}?fieldValidation=Strict`, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup","name":"dup2"}}');
    expect(dup.status).toBe(400);
    expect((await status(dup)).message).toBe('ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: duplicate field "metadata.name"');
    const warn = await post(`${CM}?fieldValidation=Warn`, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"warned"},"spec":{"foo":1}}');
    expect(warn.status).toBe(201);
    expect(warn.headers.get('warning')).toBe('299 - "unknown field \\"spec\\""');
  });

  it('sends a warning naming a field outside Latin-1 as the UTF-8 bytes of its text, after a successful create', async () => {
    const res = await postRaw(`${CM}?fieldValidation=Warn`, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"utf8-warned"},"名前":1,"ü\\u0001x":2}');
    expect(res.status).toBe(201);
    expect(res.warnings).toEqual(['299 - "unknown field \\"名前\\""', '299 - "unknown field \\"ü x\\""']);
    await fetch(`${base}${CM}/utf8-warned`, { method: 'DELETE' });
  });

  it('caps warnings as Kubernetes does: about 4 KiB of text in all, the rest dropped', async () => {
    const fields = Array.from({ length: 50_000 }, (_, i) => `"unknown${i}":1`).join(',');
    const res = await postRaw(`${CM}?fieldValidation=Warn`, `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"many-warned"},${fields}}`);
    expect(res.status).toBe(201);
    expect(res.warnings[0]).toBe('299 - "unknown field \\"unknown0\\""');
    expect(res.warnings.length).toBeLessThan(300);
    expect(res.warnings.join('').length).toBeLessThan(8 * 1024);
    await fetch(`${base}${CM}/many-warned`, { method: 'DELETE' });
  });

  it('answers log, exec and port-forward with a clear 404 until the node exists', async () => {
    const res = await fetch(`${base}/api/v1/namespaces/default/pods/web/log`);
    expect(res.status).toBe(404);
    expect((await status(res)).message).toBe('pods/log is not served yet: log, exec, attach, port-forward and proxy arrive with the node (the kubelet)');
  });

  it('lists as <Kind>List with items carrying apiVersion and kind, and pages with limit/continue', async () => {
    const page = (await (await fetch(`${base}${CM}?limit=1`)).json()) as { kind: string; apiVersion: string; metadata: { continue?: string; remainingItemCount?: number }; items: { kind: string; apiVersion: string }[] };
    expect(page.kind).toBe('ConfigMapList');
    expect(page.apiVersion).toBe('v1');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap' });
    expect(page.metadata.continue).toBeTruthy();
    expect(page.metadata.remainingItemCount).toBe(1);
    const next = (await (await fetch(`${base}${CM}?limit=1&continue=${encodeURIComponent(page.metadata.continue!)}`)).json()) as { items: unknown[] };
    expect(next.items).toHaveLength(1);
  });

  it('serves a Table with the kind columns and metadata rows', async () => {
    const res = await fetch(`${base}${CM}`, { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    expect(res.headers.get('content-type')).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const table = (await res.json()) as { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[]; object: { kind: string } }[] };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Data', 'Age']);
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(['from-yaml', 1]);
    expect(table.rows[0]!.object.kind).toBe('PartialObjectMetadata');
  });

  it('streams a watch as chunked JSON lines, ending on timeoutSeconds', async () => {
    const res = await fetch(`${base}${CM}?watch=true&timeoutSeconds=1`);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { metadata: { name: string } } });
    expect(lines.map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
    expect(lines.map((e) => e.object.metadata.name)).toEqual(['from-yaml', 'warned']);
  });

  it('sends a 410 Expired ERROR event for a compacted resourceVersion', async () => {
    for (let i = 0; i < 3; i++) await post(CM, JSON.stringify({ metadata: { name: `filler-${i}` } }));
    server.signal('SIGUSR1');
    type Event = { type: string; object: { kind: string; code: number; reason: string; message: string } };
    let event: Event | undefined;
    // Compaction runs in the background after the signal: poll until the watch sees it.
    for (let i = 0; i < 100 && event?.type !== 'ERROR'; i++) {
      const res = await fetch(`${base}${CM}?watch=true&resourceVersion=1&timeoutSeconds=1`);
      expect(res.status).toBe(200);
      event = JSON.parse((await res.text()).trim().split('\n')[0]!) as Event;
      if (event.type !== 'ERROR') await new Promise((r) => setTimeout(r, 50));
    }
    if (!event) throw new Error('no watch event');
    expect(event.type).toBe('ERROR');
    expect(event.object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(event.object.message).toMatch(/^too old resource version: 1 \(\d+\)$/);
  });

  it('answers 429 with Retry-After over the mutating in-flight limit', async () => {
    // LevelDB writes wait for fsync, so concurrent creates overlap (the memory backend finishes each at once).
    const durable = await startApiServer({ args: ['--max-mutating-requests-inflight', '1'] });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`http://${durable.http}${CM}`, { method: 'POST', body: JSON.stringify({ metadata: { name: `burst-${i}` } }), headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    await durable.stop();
    const refused = results.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(results.every((r) => r.status === 201 || r.status === 429)).toBe(true);
  });

  it('serves aggregated discovery to those who ask, and the legacy documents otherwise', async () => {
    const accept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
    const agg = await fetch(`${base}/apis`, { headers: { Accept: accept } });
    expect(agg.headers.get('content-type')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    const doc = (await agg.json()) as { kind: string; items: { metadata: { name: string } }[] };
    expect(doc.kind).toBe('APIGroupDiscoveryList');
    expect(doc.items.map((i) => i.metadata.name)).toContain('apps');
    const legacy = (await (await fetch(`${base}/apis/apps/v1`)).json()) as { resources: { name: string; kind: string; group?: string }[] };
    expect(legacy.resources.find((r) => r.name === 'deployments/scale')).toMatchObject({ kind: 'Scale', group: 'autoscaling' });
  });
});
