import { describe, expect, it } from 'vitest';
import { StatusError, type KubeObject } from '../api/index.js';
import { FakeClock } from '../clock/index.js';
import { SharedInformer, type ResourceEventHandler } from './shared-informer.js';
import { DeletedFinalStateUnknown } from './object-key.js';
import { FakeListerWatcher, expiredStatus } from './testing/fake-lister-watcher.js';
import { NAMESPACE_INDEX, metaNamespaceIndexFunc } from './indexer.js';

const cm = (name: string, rv: string, v = '1'): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', resourceVersion: rv }, data: { v } }) as KubeObject;

/** Lets the reflector's promise chains run (no real time passes). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

function recorder(): { log: string[]; handler: ResourceEventHandler<KubeObject> } {
  const log: string[] = [];
  return {
    log,
    handler: {
      onAdd: (o, initial) => log.push(`add ${o.metadata?.name}@${o.metadata?.resourceVersion}${initial ? ' initial' : ''}`),
      onUpdate: (a, b) => log.push(`update ${a.metadata?.name}@${a.metadata?.resourceVersion}->${b.metadata?.resourceVersion}`),
      onDelete: (o) =>
        log.push(o instanceof DeletedFinalStateUnknown ? `tombstone ${o.key}@${o.obj.metadata?.resourceVersion}` : `delete ${o.metadata?.name}@${o.metadata?.resourceVersion}`),
    },
  };
}

function setup(resyncPeriodMs = 0): { clock: FakeClock; lw: FakeListerWatcher; informer: SharedInformer<KubeObject>; ctl: AbortController } {
  const clock = new FakeClock();
  const lw = new FakeListerWatcher();
  const informer = new SharedInformer<KubeObject>({ name: 'configmaps', listerWatcher: lw, clock, resyncPeriodMs, indexers: { [NAMESPACE_INDEX]: metaNamespaceIndexFunc } });
  return { clock, lw, informer, ctl: new AbortController() };
}

describe('SharedInformer', () => {
  it('lists, marks synced, then watches from the list resourceVersion with bookmarks', async () => {
    const { lw, informer, ctl } = setup();
    lw.items = [cm('a', '3'), cm('b', '4')];
    lw.resourceVersion = '5';
    const r = recorder();
    informer.addEventHandler(r.handler);
    expect(informer.hasSynced()).toBe(false);
    void informer.run(ctl.signal);
    const w = await lw.waitForWatches(1);
    expect(informer.hasSynced()).toBe(true);
    expect(w.options).toMatchObject({ resourceVersion: '5', allowWatchBookmarks: true });
    w.push('ADDED', cm('c', '6'));
    w.push('MODIFIED', cm('a', '7'));
    w.push('DELETED', cm('b', '8'));
    await settle();
    expect(r.log).toEqual(['add a@3 initial', 'add b@4 initial', 'add c@6', 'update a@3->7', 'delete b@8']);
    expect(informer.lister().namespace('default').list().map((o) => o.metadata?.name).sort()).toEqual(['a', 'c']);
    ctl.abort();
  });

  it('caches frozen objects and hands readers the same instance', async () => {
    const { lw, informer, ctl } = setup();
    lw.items = [cm('a', '1')];
    void informer.run(ctl.signal);
    await informer.whenSynced();
    const one = informer.lister().namespace('default').get('a')!;
    expect(Object.isFrozen(one)).toBe(true);
    expect(Object.isFrozen(one.metadata)).toBe(true);
    expect(informer.getIndexer().getByKey('default/a')).toBe(one);
    ctl.abort();
  });

  it('resumes a broken stream from the last resourceVersion seen, a bookmark included, after a backoff', async () => {
    const { clock, lw, informer, ctl } = setup();
    void informer.run(ctl.signal);
    const w1 = await lw.waitForWatches(1);
    w1.push('ADDED', cm('a', '2'));
    w1.push('BOOKMARK', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { resourceVersion: '9' } } as KubeObject);
    w1.fail(new StatusError({ code: 503, reason: 'ServiceUnavailable', message: 'connection refused' }));
    await settle();
    expect(lw.watches).toHaveLength(1);
    clock.advance(1600); // the first backoff: 800 ms plus at most as much jitter
    const w2 = await lw.waitForWatches(2);
    expect(w2.options.resourceVersion).toBe('9');
    expect(lw.lists).toHaveLength(1);
    ctl.abort();
  });

  it('on 410 relists and delivers only the difference; a delete missed meanwhile arrives as a tombstone', async () => {
    const { lw, informer, ctl } = setup();
    lw.items = [cm('keep', '1'), cm('change', '2'), cm('gone', '3')];
    lw.resourceVersion = '3';
    const r = recorder();
    informer.addEventHandler(r.handler);
    void informer.run(ctl.signal);
    const w1 = await lw.waitForWatches(1);
    lw.items = [cm('keep', '1'), cm('change', '7'), cm('new', '8')];
    lw.resourceVersion = '9';
    w1.push('ERROR', expiredStatus() as unknown as KubeObject);
    const w2 = await lw.waitForWatches(2);
    expect(w2.options.resourceVersion).toBe('9');
    expect(lw.lists).toHaveLength(2);
    expect(r.log.slice(3)).toEqual(['update change@2->7', 'add new@8', 'tombstone default/gone@3']);
    expect(informer.getIndexer().listKeys().sort()).toEqual(['default/change', 'default/keep', 'default/new']);
    ctl.abort();
  });

  it('relists when the watch fails with a 410 StatusError too', async () => {
    const { lw, informer, ctl } = setup();
    void informer.run(ctl.signal);
    const w1 = await lw.waitForWatches(1);
    w1.fail(new StatusError(expiredStatus()));
    await lw.waitForWatches(2);
    expect(lw.lists).toHaveLength(2);
    ctl.abort();
  });

  it('retries a failed list after a backoff', async () => {
    const { clock, lw, informer, ctl } = setup();
    lw.listError = new StatusError({ code: 503, reason: 'ServiceUnavailable', message: 'down' });
    void informer.run(ctl.signal);
    await settle();
    expect(informer.hasSynced()).toBe(false);
    clock.advance(1600); // the first backoff: 800 ms plus at most as much jitter
    await informer.whenSynced();
    expect(lw.lists).toHaveLength(2);
    ctl.abort();
  });

  it('resyncs: every handler gets onUpdate(obj, obj) for every cached object each period', async () => {
    const { clock, lw, informer, ctl } = setup(30_000);
    lw.items = [cm('a', '1'), cm('b', '2')];
    const r = recorder();
    const fast = recorder();
    informer.addEventHandler(r.handler);
    informer.addEventHandler(fast.handler, { resyncPeriodMs: 10_000 });
    void informer.run(ctl.signal);
    await informer.whenSynced();
    clock.advance(29_999);
    expect(r.log.filter((l) => l.startsWith('update'))).toEqual([]);
    expect(fast.log.filter((l) => l.startsWith('update'))).toHaveLength(4);
    clock.advance(1);
    expect(r.log.filter((l) => l.startsWith('update')).sort()).toEqual(['update a@1->1', 'update b@2->2']);
    ctl.abort();
  });

  it('resync period 0 never resyncs', async () => {
    const { clock, lw, informer, ctl } = setup(0);
    lw.items = [cm('a', '1')];
    const r = recorder();
    informer.addEventHandler(r.handler);
    void informer.run(ctl.signal);
    await informer.whenSynced();
    clock.advance(10 * 60_000);
    expect(r.log).toEqual(['add a@1 initial']);
    ctl.abort();
  });

  it('a handler added late gets onAdd for everything cached; a removed handler hears nothing more', async () => {
    const { lw, informer, ctl } = setup();
    lw.items = [cm('a', '1')];
    void informer.run(ctl.signal);
    const w = await lw.waitForWatches(1);
    const late = recorder();
    const reg = informer.addEventHandler(late.handler);
    expect(reg.hasSynced()).toBe(true);
    expect(late.log).toEqual(['add a@1 initial']);
    reg.remove();
    w.push('ADDED', cm('b', '2'));
    await settle();
    expect(late.log).toEqual(['add a@1 initial']);
    ctl.abort();
  });

  it('stops on abort and closes the watch', async () => {
    const { lw, informer, ctl } = setup();
    const done = informer.run(ctl.signal);
    const w = await lw.waitForWatches(1);
    ctl.abort();
    await done;
    expect(w.closed).toBe(true);
  });
});
