import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, type ClientWatchEvent, type WatchStream } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { startApiServer, tempDir, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const target = { kind: configmaps, namespace: 'default' };
const cm = (name: string, v: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { v } }) as KubeObject;
const READ_TIMEOUT_MS = 10_000;

/** A change as a watcher sees it: `ADDED b 12`. */
const change = (type: string, name: string, resourceVersion: string): string => `${type} ${name} ${resourceVersion}`;
const changeOf = (ev: ClientWatchEvent): string => change(ev.type, ev.object.metadata?.name ?? '', ev.object.metadata?.resourceVersion ?? '');

/**
 * Every event but bookmarks, in order, up to and including the one at `lastRevision`; the watch is
 * closed after it. On a timeout, what was read so far: the caller's comparison then shows the gap.
 */
async function readThrough(stream: WatchStream, lastRevision: string): Promise<ClientWatchEvent[]> {
  const seen: ClientWatchEvent[] = [];
  const timer = setTimeout(() => stream.close(), READ_TIMEOUT_MS);
  try {
    for await (const ev of stream) {
      if (ev.type === 'BOOKMARK') continue;
      seen.push(ev);
      if (ev.object.metadata?.resourceVersion === lastRevision) break;
    }
  } finally {
    clearTimeout(timer);
    stream.close();
  }
  return seen;
}

/** Deletes `name` and returns the revision of the delete (a ConfigMap delete answers with a Status, not the object). */
async function deleteAt(client: ApiClient, name: string): Promise<string> {
  await client.delete({ ...target, name });
  // Nothing else writes, and a list without a resourceVersion is consistent: its revision is the delete's.
  return (await client.list(target)).resourceVersion;
}

async function setValue(client: ApiClient, name: string, v: string): Promise<KubeObject> {
  return client.update(target, { ...(await client.get({ ...target, name })), data: { v } } as KubeObject);
}

describe('watch resumes across an apiserver restart', () => {
  const dir = tempDir();
  let server: ApiServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    dir.cleanup();
  });

  it('delivers every change after the last seen resourceVersion exactly once, in order, none lost or repeated', async () => {
    server = await startApiServer({ dataDir: dir.path });
    let client = new ApiClient({ address: server.address });
    await client.create(target, cm('a', '1'));
    const start = await client.list(target);
    const watch = client.watch(target, { resourceVersion: start.resourceVersion });
    const before: string[] = [];
    const rv = (o: KubeObject): string => o.metadata!.resourceVersion!;
    before.push(change('ADDED', 'b', rv(await client.create(target, cm('b', '1')))));
    const lastSeen = rv(await setValue(client, 'a', '2'));
    before.push(change('MODIFIED', 'a', lastSeen));
    expect((await readThrough(watch, lastSeen)).map(changeOf)).toEqual(before);
    client.close();

    // The apiserver goes away and comes back on the same data; changes land before the client
    // resumes, the last of them a marker whose event ends the read.
    expect(await server.stop()).toBe(0);
    server = await startApiServer({ dataDir: dir.path });
    client = new ApiClient({ address: server.address });
    const after: string[] = [];
    after.push(change('ADDED', 'c', rv(await client.create(target, cm('c', '1')))));
    after.push(change('DELETED', 'b', await deleteAt(client, 'b')));
    after.push(change('MODIFIED', 'a', rv(await setValue(client, 'a', '3'))));
    const last = rv(await client.create(target, cm('last', '1')));
    after.push(change('ADDED', 'last', last));

    const resumed = await readThrough(client.watch(target, { resourceVersion: lastSeen }), last);
    expect(resumed.map(changeOf)).toEqual(after);
    expect((resumed[2]?.object as (KubeObject & { data?: Record<string, string> }) | undefined)?.data).toEqual({ v: '3' });
    client.close();
  });
});
