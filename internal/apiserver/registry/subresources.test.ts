import { afterEach, describe, expect, it } from 'vitest';
import { OBJECT_MODIFIED, type KubeObject } from '../../api/index.js';
import { configMap, edit, startRegistry, statusErrorOf, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import { bindPod, evictPod, finalizeNamespace, getScale, updateScale } from './subresources.js';

let fixture: RegistryFixture | undefined;

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

interface Deployment extends KubeObject {
  spec?: { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
}

interface Pod extends KubeObject {
  spec?: { nodeName?: string; containers?: { name: string; image: string }[] };
  status?: { conditions?: { type?: string; status?: string; lastTransitionTime?: string }[] };
}

describe('scale subresource', () => {
  async function withDeployment(): Promise<{ deployments: ResourceStore; created: Deployment }> {
    fixture = await startRegistry();
    const deployments = fixture.store('apps/deployments');
    const created = await deployments.create('default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web', tier: 'front' } } },
    } as Deployment);
    return { deployments, created };
  }

  it('reads a Deployment as an autoscaling/v1 Scale', async () => {
    const { created } = await withDeployment();
    const scale = await getScale(fixture!.store('apps/deployments'), 'default', 'web');
    expect(scale).toEqual({
      apiVersion: 'autoscaling/v1',
      kind: 'Scale',
      metadata: {
        name: 'web',
        namespace: 'default',
        uid: created.metadata?.uid,
        resourceVersion: created.metadata?.resourceVersion,
        creationTimestamp: created.metadata?.creationTimestamp,
      },
      spec: { replicas: 2 },
      status: { replicas: 0, selector: 'app=web,tier=front' },
    });
  });

  it('sets spec.replicas of the Deployment through an update of the Scale', async () => {
    const { deployments, created } = await withDeployment();
    const scale = await updateScale(deployments, 'default', 'web', { metadata: { name: 'web' }, spec: { replicas: 5 } });
    expect(scale.spec?.replicas).toBe(5);
    const stored = (await deployments.get('default', 'web')) as Deployment;
    expect(stored.spec?.replicas).toBe(5);
    expect(stored.spec?.selector).toEqual(created.spec?.selector);
    expect(scale.metadata?.resourceVersion).toBe(stored.metadata?.resourceVersion);
  });

  it('answers 400 for a Scale of another namespace, before judging its replicas', async () => {
    const { deployments } = await withDeployment();
    const err = await statusErrorOf(updateScale(deployments, 'default', 'web', { metadata: { name: 'web', namespace: 'other' }, spec: { replicas: -1 } }));
    expect(err.status).toMatchObject({ code: 400, reason: 'BadRequest', message: 'the namespace of the provided object does not match the namespace sent on the request' });
  });

  it('scales to zero on a Scale without replicas, as Kubernetes writes a zero (omitempty)', async () => {
    const { deployments } = await withDeployment();
    const scale = await updateScale(deployments, 'default', 'web', { metadata: { name: 'web' }, spec: {} });
    expect(scale.spec?.replicas).toBe(0);
    expect(((await deployments.get('default', 'web')) as Deployment).spec?.replicas).toBe(0);
  });

  it('answers 422 for negative replicas', async () => {
    const { deployments } = await withDeployment();
    const err = await statusErrorOf(updateScale(deployments, 'default', 'web', { metadata: { name: 'web' }, spec: { replicas: -1 } }));
    expect(err.code).toBe(422);
    expect(err.reason).toBe('Invalid');
    expect(err.message).toBe('Scale.autoscaling "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(((await deployments.get('default', 'web')) as Deployment).spec?.replicas).toBe(2);
  });

  it('answers 409 Conflict for a Scale with a stale resourceVersion', async () => {
    const { deployments, created } = await withDeployment();
    await updateScale(deployments, 'default', 'web', { metadata: { name: 'web' }, spec: { replicas: 3 } });
    const err = await statusErrorOf(
      updateScale(deployments, 'default', 'web', { metadata: { name: 'web', resourceVersion: created.metadata?.resourceVersion }, spec: { replicas: 4 } }),
    );
    expect(err.code).toBe(409);
    expect(err.message).toBe(`Operation cannot be fulfilled on deployments.apps "web": ${OBJECT_MODIFIED}`);
  });

  it('answers 404 for a missing Deployment and for a kind without scale', async () => {
    const { deployments } = await withDeployment();
    expect((await statusErrorOf(getScale(deployments, 'default', 'missing'))).message).toBe('deployments.apps "missing" not found');
    const cms = fixture!.store('configmaps');
    await cms.create('default', configMap('cm'));
    expect((await statusErrorOf(getScale(cms, 'default', 'cm'))).code).toBe(404);
  });
});

describe('pods/binding', () => {
  async function withPod(): Promise<ResourceStore> {
    fixture = await startRegistry();
    const pods = fixture.store('pods');
    await pods.create('default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
    } as Pod);
    return pods;
  }

  const binding = (node: string): Parameters<typeof bindPod>[2] => ({ metadata: { name: 'p' }, target: { kind: 'Node', name: node } });

  it('sets spec.nodeName and a PodScheduled condition stamped with the registry’s clock', async () => {
    const pods = await withPod();
    fixture!.clock.advance(3_000);
    const bound = (await bindPod(fixture!.registry, 'default', binding('node-1'))) as Pod;
    expect(bound.spec?.nodeName).toBe('node-1');
    expect(bound.status?.conditions).toEqual([{ type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-01-01T00:00:03Z' }]);
    expect(((await pods.get('default', 'p')) as Pod).spec?.nodeName).toBe('node-1');
  });

  it('binds only once: a second binding answers 409 Conflict', async () => {
    const pods = await withPod();
    await bindPod(fixture!.registry, 'default', binding('node-1'));
    const err = await statusErrorOf(bindPod(fixture!.registry, 'default', binding('node-2')));
    expect(err.code).toBe(409);
    expect(err.reason).toBe('Conflict');
    expect(err.message).toBe('Operation cannot be fulfilled on pods "p": pod p is already assigned to node "node-1"');
    expect(((await pods.get('default', 'p')) as Pod).spec?.nodeName).toBe('node-1');
  });

  it('answers 409 Conflict for a binding whose uid is not the pod’s', async () => {
    await withPod();
    const err = await statusErrorOf(bindPod(fixture!.registry, 'default', { metadata: { name: 'p', uid: 'other' }, target: { name: 'node-1' } }));
    expect(err.code).toBe(409);
  });

  it('answers 404 for a pod that does not exist', async () => {
    await withPod();
    const err = await statusErrorOf(bindPod(fixture!.registry, 'default', { metadata: { name: 'missing' }, target: { name: 'node-1' } }));
    expect(err.code).toBe(404);
    expect(err.message).toBe('pods "missing" not found');
  });

  it('answers 422 for a binding without a target', async () => {
    await withPod();
    const err = await statusErrorOf(bindPod(fixture!.registry, 'default', { metadata: { name: 'p' } }));
    expect(err.code).toBe(422);
    expect(err.message).toBe('Binding "p" is invalid: target.name: Required value');
  });
});

describe('the cached object an update starts from', () => {
  /** Runs `act` and expects the object `store` shared before it to be frozen and unchanged, and replaced by a new one. */
  async function expectUnchanged(store: ResourceStore, namespace: string, name: string, act: () => Promise<unknown>): Promise<KubeObject> {
    const cached = await store.get(namespace, name);
    const before = structuredClone(cached);
    await act();
    expect(Object.isFrozen(cached)).toBe(true);
    expect(cached).toEqual(before);
    const after = await store.get(namespace, name);
    expect(after).not.toBe(cached);
    return after;
  }

  const container = { name: 'c', image: 'busybox' };

  it('stays as it was after an update of the scale', async () => {
    fixture = await startRegistry();
    const deployments = fixture.store('apps/deployments');
    await deployments.create('default', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } } } } as Deployment);
    const after = await expectUnchanged(deployments, 'default', 'web', () => updateScale(deployments, 'default', 'web', { metadata: { name: 'web' }, spec: { replicas: 4 } }));
    expect((after as Deployment).spec?.replicas).toBe(4);
  });

  it('stays as it was after a binding', async () => {
    fixture = await startRegistry();
    const pods = fixture.store('pods');
    await pods.create('default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', annotations: { a: '1' } }, spec: { containers: [container] } } as Pod);
    const bind = () => bindPod(fixture!.registry, 'default', { metadata: { name: 'p', annotations: { b: '2' } }, target: { name: 'node-1' } });
    const after = (await expectUnchanged(pods, 'default', 'p', bind)) as Pod;
    expect(after.spec?.nodeName).toBe('node-1');
    expect(after.metadata?.annotations).toEqual({ a: '1', b: '2' });
  });

  it('stays as it was after an eviction counts against a PodDisruptionBudget', async () => {
    fixture = await startRegistry();
    const pods = fixture.store('pods');
    const pdbs = fixture.store('policy/poddisruptionbudgets');
    const pod = await pods.create('default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'web' } }, spec: { containers: [container] } } as Pod);
    await pods.update('default', 'p', { ...edit<Pod>(pod), status: { phase: 'Running' } } as Pod, { subresource: 'status' });
    const pdb = await pdbs.create('default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'budget' }, spec: { selector: { matchLabels: { app: 'web' } }, minAvailable: 0 } } as KubeObject);
    await pdbs.update('default', 'budget', { ...edit(pdb), status: { disruptionsAllowed: 1 } } as KubeObject, { subresource: 'status' });
    const after = await expectUnchanged(pdbs, 'default', 'budget', () => evictPod(fixture!.registry, 'default', 'p'));
    expect((after as { status?: { disruptionsAllowed?: number; disruptedPods?: Record<string, string> } }).status).toMatchObject({ disruptionsAllowed: 0, disruptedPods: { p: '2026-01-01T00:00:00Z' } });
  });

  it('stays as it was after a finalize', async () => {
    fixture = await startRegistry();
    const namespaces = fixture.store('namespaces');
    await namespaces.create('', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' }, spec: { finalizers: ['kubernetes', 'example.com/x'] } } as KubeObject);
    const stored = await namespaces.get('', 'team');
    const finalize = () => finalizeNamespace(fixture!.registry, 'team', { ...edit(stored), spec: { finalizers: ['example.com/x'] } } as KubeObject);
    const after = await expectUnchanged(namespaces, '', 'team', finalize);
    expect((after as { spec?: { finalizers?: string[] } }).spec?.finalizers).toEqual(['example.com/x']);
  });

  it('finalize keeps metadata changes and the stored status, as Kubernetes\' finalize strategy', async () => {
    fixture = await startRegistry();
    const namespaces = fixture.store('namespaces');
    const created = await namespaces.create('', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' }, spec: { finalizers: ['kubernetes', 'example.com/x'] } } as KubeObject);
    const active = (await namespaces.update('', 'team', { ...edit(created), status: { phase: 'Active' } } as KubeObject, { subresource: 'status' })).object;
    const body = edit(active);
    body.metadata = { ...body.metadata, labels: { ...body.metadata?.labels, foo: 'bar' } };
    const after = await finalizeNamespace(fixture.registry, 'team', { ...body, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Terminating' } } as KubeObject);
    expect(after.metadata?.labels).toMatchObject({ foo: 'bar' });
    expect(after).toMatchObject({ spec: { finalizers: ['kubernetes'] } });
    expect((after as { status?: unknown }).status).toEqual({ phase: 'Active' });
    const renamed = finalizeNamespace(fixture.registry, 'team', { ...edit(after), metadata: { ...after.metadata, name: 'other' } } as KubeObject);
    await expect(renamed).rejects.toThrow('the name of the object (other) does not match the name on the URL (team)');
  });
});
