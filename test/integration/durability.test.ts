import { afterEach, describe, expect, it } from 'vitest';
import { ApiServer, defaultApiServerOptions, type ApiServerOptions } from '../../internal/apiserver/index.js';
import { ApiClient } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { tempDir } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');

function options(dataDir: string, onBatchCommitted: ApiServerOptions['onBatchCommitted']): ApiServerOptions {
  return defaultApiServerOptions({ listen: '127.0.0.1:0', httpListen: '127.0.0.1:0', dataDir, maxMutatingRequestsInflight: 0, compactionIntervalMs: 0, onBatchCommitted });
}

describe('durability of acknowledged writes', () => {
  const dir = tempDir();
  let server: ApiServer | undefined;
  afterEach(async () => {
    await server?.stop();
    dir.cleanup();
  });

  it('acknowledges a create only after the synced batch that carries it, and shares batches between concurrent writes', async () => {
    const synced = new Set<number>();
    const batches: number[] = [];
    server = new ApiServer(
      options(dir.path, (info) => {
        batches.push(info.revisions.length);
        if (info.synced) for (const r of info.revisions) synced.add(r);
      }),
    );
    const address = await server.start();
    const client = new ApiClient({ address });
    const before = batches.length;
    const created = await Promise.all(
      Array.from({ length: 256 }, (_, i) =>
        client.create({ kind: configmaps, namespace: 'default' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `d${i}` } } as KubeObject).then((o) => {
          // At the moment of the acknowledgement its revision is already in a synced batch.
          expect(synced.has(Number(o.metadata?.resourceVersion))).toBe(true);
          return o;
        }),
      ),
    );
    client.close();
    expect(created).toHaveLength(256);
    const used = batches.slice(before);
    expect(used.reduce((a, b) => a + b, 0)).toBe(256);
    expect(used.length).toBeLessThan(256 / 4);
  });
});
