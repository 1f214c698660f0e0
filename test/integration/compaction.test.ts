import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import type { KubeObject, Status } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const target = { kind: configmaps, namespace: 'default' };

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('compaction', () => {
  let server: ApiServerProcess;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startApiServer();
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    client.close();
    await server.stop();
  });

  it('answers a watch from a compacted resourceVersion with an ERROR event: 410 Expired, and a stale continue token with 410', async () => {
    for (let i = 0; i < 6; i++) await client.create(target, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `c${i}` } } as KubeObject);
    const page = await client.list(target, { limit: 2 });
    expect(page.continue).toBeDefined();
    const old = page.resourceVersion;
    await client.create(target, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'later' } } as KubeObject);

    const compactions = (server.stderr().match(/compacted/g) ?? []).length;
    server.signal('SIGUSR1');
    await waitFor(() => (server.stderr().match(/compacted/g) ?? []).length > compactions, 'the compaction log line');

    const watch = client.watch(target, { resourceVersion: old });
    const events = [];
    for await (const ev of watch) events.push(ev);
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('ERROR');
    const status = events[0]!.object as Status;
    expect(status).toMatchObject({ kind: 'Status', status: 'Failure', code: 410, reason: 'Expired' });
    expect(status.message).toMatch(/^too old resource version: \d+ \(\d+\)$/);

    await expect(client.list(target, { limit: 2, continue: page.continue })).rejects.toMatchObject({
      status: { code: 410, reason: 'Expired', message: expect.stringContaining('The provided continue parameter is too old') },
    });
    // A fresh list and watch work as before.
    const fresh = await client.list(target);
    expect(fresh.items.length).toBe(7);
  });
});
