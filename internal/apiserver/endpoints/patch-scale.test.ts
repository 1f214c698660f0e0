import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { startRegistry, statusErrorOf, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { patchScale } from './resource-calls.js';

// The scale subresource answers a refused patch as every other patch is answered.

let fixture: RegistryFixture | undefined;

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

async function withDeployment(): Promise<RegistryFixture> {
  fixture = await startRegistry();
  const labels = { app: 'd1' };
  await fixture.store('apps/deployments').create('default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd1' },
    spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
  } as KubeObject);
  return fixture;
}

describe('patchScale', () => {
  it('answers the generic 422 for a JSON patch that fails to apply', async () => {
    const f = await withDeployment();
    const err = await statusErrorOf(patchScale(f.store('apps/deployments'), 'default', 'd1', 'json', '[{"op":"test","path":"/spec/replicas","value":3}]', {}));
    expect(err.status).toMatchObject({ code: 422, reason: 'Invalid', message: 'the server rejected our request due to an error in our request', details: {} });
  });

  it('answers 400 for a patch that renames the Scale', async () => {
    const f = await withDeployment();
    const err = await statusErrorOf(patchScale(f.store('apps/deployments'), 'default', 'd1', 'merge', '{"metadata":{"name":"other"}}', {}));
    expect(err.status).toMatchObject({ code: 400, message: 'the name of the object (other) does not match the name on the URL (d1)' });
  });

  it('answers 422 patch: Invalid value for replicas of the wrong type', async () => {
    const f = await withDeployment();
    const err = await statusErrorOf(patchScale(f.store('apps/deployments'), 'default', 'd1', 'strategic', '{"spec":{"replicas":"three"}}', {}));
    expect(err.code).toBe(422);
    expect(err.message.startsWith(' "" is invalid: patch: Invalid value: "map[spec:map[replicas:three]]": ')).toBe(true);
  });

  it('scales with a JSON patch', async () => {
    const f = await withDeployment();
    const { object } = await patchScale(f.store('apps/deployments'), 'default', 'd1', 'json', '[{"op":"replace","path":"/spec/replicas","value":3}]', {});
    expect((object as { spec?: { replicas?: number } }).spec?.replicas).toBe(3);
  });
});
