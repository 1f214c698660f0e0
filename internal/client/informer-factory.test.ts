import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.js';
import { Clientset } from './clientset.js';
import { SharedInformerFactory, waitForCacheSync } from './informer-factory.js';
import { NAMESPACE_INDEX, OWNER_UID_INDEX, POD_NODE_NAME_INDEX } from './indexer.js';

describe('SharedInformerFactory', () => {
  // No call is made: informers are only created, never started.
  const clientset = new Clientset(new ApiClient({ address: '127.0.0.1:1' }));

  it('hands out one informer per kind however it is named, and a separate metadata-only one', () => {
    const f = new SharedInformerFactory({ clientset });
    expect(f.forResource('pods')).toBe(f.forResource('po'));
    expect(f.forMetadata('pods')).toBe(f.forMetadata('pod'));
    expect(f.forMetadata('pods')).not.toBe(f.forResource('pods'));
  });

  it('indexes by namespace and owner uid, and pods by node name', () => {
    const f = new SharedInformerFactory({ clientset });
    expect(f.forResource('pods').getIndexer().getIndexers().sort()).toEqual([NAMESPACE_INDEX, OWNER_UID_INDEX, POD_NODE_NAME_INDEX].sort());
    expect(f.forResource('nodes').getIndexer().getIndexers()).toEqual([OWNER_UID_INDEX]);
  });

  it('waitForCacheSync resolves false when aborted first', async () => {
    const ctl = new AbortController();
    const pending = waitForCacheSync(ctl.signal, [{ hasSynced: () => false, whenSynced: () => new Promise(() => {}) }]);
    ctl.abort();
    expect(await pending).toBe(false);
  });
  clientset.close();
});
