// An update names its object twice, in the URL (or the gRPC ref) and in the body: Kubernetes'
// update handler (checkName) refuses a body whose name differs, a body with no name included.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const podSpec = (): Record<string, unknown> => ({ containers: [{ name: 'c', image: 'busybox' }] });

/** Creates what every case updates: ConfigMap a, Pod p, Deployment web, Namespace team. */
async function seed({ f }: Faces): Promise<void> {
  const template = { metadata: { labels: { app: 'web' } }, spec: podSpec() };
  await f.store('configmaps').create('default', { metadata: { name: 'a' } });
  await f.store('pods').create('default', { metadata: { name: 'p' }, spec: podSpec() } as KubeObject);
  await f.store('apps/deployments').create('default', { metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template } } as KubeObject);
  await f.store('namespaces').create('', { metadata: { name: 'team' } });
}

const mismatch = (urlName: string, objectName = ''): Record<string, unknown> => ({
  code: 400,
  reason: 'BadRequest',
  message: `the name of the object (${objectName}) does not match the name on the URL (${urlName})`,
});

describe('an update whose body has no name', () => {
  it.each([
    ['PUT a ConfigMap', '/api/v1/namespaces/default/configmaps/a', { data: { k: 'v' } }, 'a'],
    ['PUT a pod’s status', '/api/v1/namespaces/default/pods/p/status', { status: { phase: 'Running' } }, 'p'],
    // The name is checked before the Scale is validated.
    ['PUT a Deployment’s scale', '/apis/apps/v1/namespaces/default/deployments/web/scale', { spec: { replicas: -1 } }, 'web'],
    ['PUT a namespace’s finalize', '/api/v1/namespaces/team/finalize', { spec: { finalizers: [] } }, 'team'],
  ])('is refused over REST: %s', async (_name, path, body, urlName) => {
    const faces = await start();
    await seed(faces);
    const res = await faces.rest('PUT', path, JSON.stringify({ metadata: {}, ...body }));
    expect(res.body).toMatchObject(mismatch(urlName));
  });

  it.each([
    ['Update of a ConfigMap', 'Update', { resource: 'configmaps', namespace: 'default', name: 'a' }, { object: { configMap: { data: { k: 'v' } } } }, 'a'],
    ['UpdateStatus of a pod', 'UpdateStatus', { resource: 'pods', namespace: 'default', name: 'p' }, { object: { pod: { status: { phase: 'Running' } } } }, 'p'],
    ['UpdateScale of a Deployment', 'UpdateScale', { group: 'apps', resource: 'deployments', namespace: 'default', name: 'web' }, { scale: { spec: { replicas: 2 } } }, 'web'],
    ['Update of a namespace’s finalize', 'Update', { resource: 'namespaces', name: 'team', subresource: 'finalize' }, { object: { namespace: { spec: {} } } }, 'team'],
  ])('is refused over gRPC: %s', async (_name, method, ref, body, urlName) => {
    const faces = await start();
    await seed(faces);
    expect(await faces.grpc(method, { ref: { version: 'v1', ...ref }, ...body })).toMatchObject(mismatch(urlName));
  });

  it('is refused when the name differs, too', async () => {
    const faces = await start();
    await seed(faces);
    const res = await faces.rest('PUT', '/apis/apps/v1/namespaces/default/deployments/web/scale', JSON.stringify({ metadata: { name: 'db' }, spec: { replicas: 2 } }));
    expect(res.body).toMatchObject(mismatch('web', 'db'));
  });
});
