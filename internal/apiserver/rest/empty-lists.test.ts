// An empty list in a request (`projected.sources: []`, `podFailurePolicy.rules: []`) where
// Kubernetes' Go field has no omitempty: protobuf storage cannot keep it, so Kubernetes answers
// every read with `null`, the create's answer included (it is decoded from what was stored). Skiff's
// answers agree with each other and with what a restart would read back.
import { describe, expect, it } from 'vitest';
import { useFaces } from './faces-test-helpers.js';

const start = useFaces();

const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', image: 'busybox' }], volumes: [{ name: 'v', projected: { sources: [] } }] },
};

describe('an empty list Kubernetes writes without omitempty', () => {
  it('is answered as null by the create and by every read after it', async () => {
    const { rest } = await start();
    const created = await rest('POST', '/api/v1/namespaces/default/pods', JSON.stringify(POD));
    expect(created.code).toBe(201);
    const read = await rest('GET', '/api/v1/namespaces/default/pods/p');
    const projected = (answer: Record<string, unknown>) => (answer.spec as { volumes: Array<{ projected: unknown }> }).volumes[0]!.projected;
    expect(projected(created.body)).toStrictEqual({ sources: null, defaultMode: 420 });
    expect(projected(read.body)).toStrictEqual(projected(created.body));
  });
});
