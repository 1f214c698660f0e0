import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, type ClientWatchEvent } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { startApiServer, tempDir, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const cm = (name: string, v: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { v } }) as KubeObject;

async function take(stream: AsyncIterable<ClientWatchEvent>, n: number): Promise<ClientWatchEvent[]> {
  const out: ClientWatchEvent[] = [];
  for await (const ev of stream) {
    if (ev.type === 'BOOKMARK') continue;
    out.push(ev);
    if (out.length === n) break;
  }
  return out;
}

describe('watch resumes across an apiserver restart', () => {
  const dir = tempDir();
  let server: ApiServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    dir.cleanup();
  });

  it('delivers every change after the last seen resourceVersion exactly once, none lost or repeated', async () => {
    server = await startApiServer({ dataDir: dir.path });
    let client = new ApiClient({ address: server.address });
    const target = { kind: configmaps, namespace: 'default' };
    await client.create(target, cm('a', '1'));
    const start = await client.list(target);
    const watch = client.watch(target, { resourceVersion: start.resourceVersion });
    await client.create(target, cm('b', '1'));
    await client.update(target, { ...(await client.get({ ...target, name: 'a' })), data: { v: '2' } } as KubeObject);
    const seen = await take(watch, 2);
    expect(seen.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual(['ADDED b', 'MODIFIED a']);
    const lastSeen = seen[1]!.object.metadata!.resourceVersion!;
    watch.close();
    client.close();

    // The apiserver goes away and comes back on the same data; changes land before the client resumes.
    expect(await server.stop()).toBe(0);
    server = await startApiServer({ dataDir: dir.path });
    client = new ApiClient({ address: server.address });
    await client.create(target, cm('c', '1'));
    await client.delete({ ...target, name: 'b' });
    await client.update(target, { ...(await client.get({ ...target, name: 'a' })), data: { v: '3' } } as KubeObject);

    const resumed = client.watch(target, { resourceVersion: lastSeen });
    const after = await take(resumed, 3);
    resumed.close();
    expect(after.map((e) => `${e.type} ${e.object.metadata?.name}`)).toEqual(['ADDED c', 'DELETED b', 'MODIFIED a']);
    const revisions = after.map((e) => Number(e.object.metadata?.resourceVersion));
    expect(revisions.every((r) => r > Number(lastSeen))).toBe(true);
    expect([...revisions].sort((x, y) => x - y)).toEqual(revisions);
    expect((after[2]!.object as KubeObject & { data?: Record<string, string> }).data).toEqual({ v: '3' });
    client.close();
  });
});
