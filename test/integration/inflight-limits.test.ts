import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ClientWatchEvent, type WatchStream } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const namespaces = ApiClient.kind('namespaces');
const configmaps = ApiClient.kind('configmaps');
const services = ApiClient.kind('services');

describe('the in-flight limits do not count watches', () => {
  let server: ApiServerProcess;
  let client: ApiClient;
  const watches: WatchStream[] = [];
  beforeAll(async () => {
    server = await startApiServer({ args: ['--max-requests-inflight', '1', '--max-mutating-requests-inflight', '1'] });
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    for (const w of watches) w.close();
    client.close();
    await server.stop();
  });

  /** Opens a watch and waits for its first event, so the server is surely serving it. */
  async function open(w: WatchStream): Promise<{ events: AsyncIterator<ClientWatchEvent>; first: ClientWatchEvent }> {
    watches.push(w);
    const events = w[Symbol.asyncIterator]();
    const first = await events.next();
    if (first.done) throw new Error('the watch ended before its first event');
    return { events, first: first.value };
  }

  it('serves a Get, a List and a Create with one read-only and one mutating slot while three gRPC watches are open', async () => {
    const ns = await open(client.watch({ kind: namespaces }));
    expect(ns.first.type).toBe('ADDED');
    const svc = await open(client.watch({ kind: services, namespace: 'default' }));
    expect(svc.first).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'kubernetes' } } });
    const cms = await open(
      client.watch({ kind: configmaps, namespace: 'default' }, { sendInitialEvents: true, allowWatchBookmarks: true, resourceVersionMatch: 'NotOlderThan' }),
    );
    expect(cms.first.type).toBe('BOOKMARK');

    await expect(client.get({ kind: namespaces, name: 'default' })).resolves.toMatchObject({ metadata: { name: 'default' } });
    await expect(client.list({ kind: services, namespace: 'default' })).resolves.toMatchObject({ items: [{ metadata: { name: 'kubernetes' } }] });
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'while-watched' }, data: { a: '1' } } as KubeObject;
    await expect(client.create({ kind: configmaps, namespace: 'default' }, cm)).resolves.toMatchObject({ metadata: { name: 'while-watched' } });

    // The watches are still open: the configmaps watch sees the create.
    const next = await cms.events.next();
    expect(next.value).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'while-watched' } } });
  });

  it('refuses a second read-only request while the one slot is taken, yet still opens a watch', async () => {
    // A Get for the next resourceVersion waits (up to 3 s) for a write, holding the only read-only slot.
    const { resourceVersion } = await client.list({ kind: configmaps, namespace: 'default' });
    const waiting = client.get({ kind: namespaces, name: 'default' }, String(Number(resourceVersion) + 1));
    waiting.catch(() => {}); // awaited below; a failure before then must not surface as unhandled
    let refused: unknown;
    for (let i = 0; i < 20 && !refused; i++) {
      refused = await client.get({ kind: namespaces, name: 'kube-system' }).then(
        () => undefined,
        (err: unknown) => err,
      );
      if (!refused) await new Promise((r) => setTimeout(r, 25));
    }
    expect(refused).toMatchObject({ status: { code: 429, reason: 'TooManyRequests' } });

    const ns = await open(client.watch({ kind: namespaces }));
    expect(ns.first.type).toBe('ADDED');
    // The create uses the mutating slot; its write is what the waiting Get waits for.
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'wakes-the-get' } } as KubeObject;
    await expect(client.create({ kind: configmaps, namespace: 'default' }, cm)).resolves.toMatchObject({ metadata: { name: 'wakes-the-get' } });
    await expect(waiting).resolves.toMatchObject({ metadata: { name: 'default' } });
  });
});
