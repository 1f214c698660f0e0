import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { KubeObject } from '../../internal/api/index.js';
import { FakeClock } from '../../internal/clock/index.js';
import { Clientset, DeletedFinalStateUnknown, OWNER_UID_INDEX, SharedInformer, SharedInformerFactory, type ConfigMap, type ListerWatcher } from '../../internal/client/index.js';
import { startApiServer, tempDir, type ApiServerProcess } from '../harness.js';

/** A port that was free a moment ago: the restarted apiserver must come back on the same address. */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Polls in real time; `step` runs between polls (it advances the informer's fake clock). */
async function waitFor(check: () => boolean, what: string, step: () => void = () => {}): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    step();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const cm = (name: string, v = '1'): ConfigMap => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { v } });

describe('an informer against the real apiserver', () => {
  const dir = tempDir();
  let server: ApiServerProcess | undefined;
  const closers: (() => void)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) c();
    await server?.stop();
    dir.cleanup();
  });

  it('survives a restart (resumes, no relist) and a compaction while disconnected (relists; the missed delete arrives as a tombstone)', async () => {
    const port = await freePort();
    const args = ['--listen', `127.0.0.1:${port}`, '--compaction-interval', '0'];
    server = await startApiServer({ dataDir: dir.path, args });
    const clientset = Clientset.connect({ address: server.address });
    closers.push(() => clientset.close());
    // The writer is a fresh client after each restart (a create is not retried on Unavailable); the
    // informer keeps its one channel across restarts, as a component does.
    const writerFor = async (address: string): Promise<ReturnType<Clientset['configMaps']>> => {
      const w = Clientset.connect({ address });
      closers.push(() => w.close());
      const cms = w.configMaps('default');
      // grpc-js shares the subchannel, which may still be in its reconnect backoff from the restart.
      for (let i = 0; ; i++) {
        try {
          await cms.list();
          return cms;
        } catch (err) {
          if (i > 100) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    let cms = await writerFor(server.address);

    // The informer's clock is fake: it reconnects only when the test advances it, so the test
    // decides what happens while it is disconnected.
    const clock = new FakeClock();
    let lists = 0;
    const source = clientset.configMaps('default');
    const lw: ListerWatcher<ConfigMap> = {
      list: (o) => (lists++, source.list(o)),
      watch: (o) => source.watch(o),
    };
    const informer = new SharedInformer<ConfigMap>({ name: 'configmaps', listerWatcher: lw, clock });
    const log: string[] = [];
    informer.addEventHandler({
      onAdd: (o) => log.push(`add ${o.metadata?.name}`),
      onUpdate: (a, b) => log.push(`update ${b.metadata?.name} ${(a as KubeObject & { data?: { v?: string } }).data?.v}->${b.data?.['v']}`),
      onDelete: (o) => log.push(o instanceof DeletedFinalStateUnknown ? `tombstone ${o.key}` : `delete ${o.metadata?.name}`),
    });
    const ctl = new AbortController();
    closers.push(() => ctl.abort());
    const running = informer.run(ctl.signal);
    await informer.whenSynced();
    for (const n of ['a', 'b', 'c']) await cms.create(cm(n));
    await waitFor(() => log.length === 3, 'three adds');
    expect(log).toEqual(['add a', 'add b', 'add c']);

    // 1. Restart: the watch resumes from the last resourceVersion; changes made meanwhile arrive as events.
    expect(await server.stop()).toBe(0);
    server = await startApiServer({ dataDir: dir.path, args });
    cms = await writerFor(server.address);
    await cms.create(cm('d'));
    await cms.delete('a');
    await waitFor(() => log.includes('delete a') && log.includes('add d'), 'the resumed watch', () => clock.advance(1000));
    expect(log.slice(3)).toEqual(['add d', 'delete a']);
    expect(lists).toBe(1);

    // 2. Restart again and compact while the informer is away: its resourceVersion is gone (410).
    expect(await server.stop()).toBe(0);
    server = await startApiServer({ dataDir: dir.path, args });
    cms = await writerFor(server.address);
    await cms.delete('b');
    await cms.create(cm('e'));
    await cms.update({ ...(await cms.get('c')), data: { v: '2' } });
    const compactions = (server.stderr().match(/compacted/g) ?? []).length;
    server.signal('SIGUSR1');
    await waitFor(() => (server!.stderr().match(/compacted/g) ?? []).length > compactions, 'the compaction');
    await waitFor(() => log.includes('tombstone default/b'), 'the relist', () => clock.advance(1000));
    expect(lists).toBe(2);
    expect(log.slice(5).sort()).toEqual(['add e', 'tombstone default/b', 'update c 1->2']);
    expect(informer.getIndexer().listKeys().sort()).toEqual(['default/c', 'default/d', 'default/e']);

    // And it keeps watching after the relist.
    await cms.delete('d');
    await waitFor(() => log.includes('delete d'), 'a delete after the relist');
    ctl.abort();
    await running;
  }, 60_000);

  it('a factory shares one informer per kind; metadata-only informers carry PartialObjectMetadata indexed by owner', async () => {
    server = await startApiServer({ dataDir: dir.path });
    const clientset = Clientset.connect({ address: server.address });
    closers.push(() => clientset.close());
    const cms = clientset.configMaps('default');
    const owner = await cms.create(cm('owner'));
    const ref = { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata!.uid! };
    await cms.create({ ...cm('child'), metadata: { name: 'child', namespace: 'default', ownerReferences: [ref] } });
    const factory = new SharedInformerFactory({ clientset });
    const meta = factory.forMetadata('configmaps');
    expect(factory.forMetadata('cm')).toBe(meta);
    const full = factory.forResource('configmaps');
    const ctl = new AbortController();
    closers.push(() => ctl.abort());
    factory.start(ctl.signal);
    expect(await factory.waitForCacheSync(ctl.signal)).toBe(true);
    const children = meta.getIndexer().byIndex(OWNER_UID_INDEX, owner.metadata!.uid!);
    expect(children.map((c) => c.metadata?.name)).toEqual(['child']);
    expect(children[0]).toMatchObject({ apiVersion: 'meta.k8s.io/v1', kind: 'PartialObjectMetadata' });
    expect(children[0]).not.toHaveProperty('data');
    expect(full.lister().namespace('default').get('child')?.data).toEqual({ v: '1' });
    await cms.delete('child');
    await waitFor(() => meta.getIndexer().byIndex(OWNER_UID_INDEX, owner.metadata!.uid!).length === 0, 'the metadata delete');
    ctl.abort();
    await factory.shutdown();
  }, 30_000);
});
