// CacherHub: one storage watch feeding every resource's cache, filled at one revision, stopped as one.
import { describe, expect, it } from 'vitest';
import { EVERYTHING, expectStatusError, keyOf, useCaches } from './cacher-test-helpers.js';

const CONFIGMAPS = '/registry/configmaps/';
const PODS = '/registry/pods/';

const start = useCaches();

describe('CacherHub', () => {
  it('fills every cache from storage at one revision, objects at their own resourceVersions', async () => {
    let cmRevision = 0;
    const f = await start({}, async (storage) => {
      const obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'pre', namespace: 'default' } };
      cmRevision = (await storage.create(keyOf('configmaps', 'pre'), Buffer.from(JSON.stringify(obj)))).revision;
      await storage.create(keyOf('pods', 'pre'), Buffer.from(JSON.stringify({ ...obj, kind: 'Pod' })));
    });
    expect(f.configmaps.revision).toBe(2);
    expect(f.pods.revision).toBe(2);
    expect(f.configmaps.get(keyOf('configmaps', 'pre'))?.metadata?.resourceVersion).toBe(String(cmRevision));
    expect(f.configmaps.list(CONFIGMAPS, EVERYTHING).map((o) => o.metadata?.name)).toEqual(['pre']);
    expect(f.pods.size).toBe(1);
  });

  it('moves every cache’s revision forward on any write, so reads at the newest revision never wait', async () => {
    const f = await start();
    const rev = await f.putPod('p');
    expect(f.pods.revision).toBe(rev);
    expect(f.configmaps.revision).toBe(rev);
    await expect(f.configmaps.waitUntilFresh(rev)).resolves.toBeUndefined();
  });

  it('ends every watch with ShuttingDown when stopped', async () => {
    const f = await start();
    const w = await f.configmaps.watch({ filter: EVERYTHING, fromRevision: f.storage.currentRevision(), allowBookmarks: false }, CONFIGMAPS);
    const p = await f.pods.watch({ filter: EVERYTHING, allowBookmarks: false }, PODS);
    f.hub.stop();
    expect(w.closed).toBe('ShuttingDown');
    expect(p.closed).toBe('ShuttingDown');
    expect(f.configmaps.watcherCount).toBe(0);
  });

  it('fails reads still waiting for a revision with 503 when stopped', async () => {
    const f = await start();
    const pending = expectStatusError(f.configmaps.waitUntilFresh(f.storage.currentRevision() + 1));
    f.hub.stop();
    const err = await pending;
    expect(err.code).toBe(503);
    expect(err.reason).toBe('ServiceUnavailable');
  });

  it('reports a failure of the storage watch as fatal', async () => {
    const f = await start();
    await f.storage.close();
    expect(f.fatal).toHaveLength(1);
    expect(f.hub.error).toBe(f.fatal[0]);
  });
});
