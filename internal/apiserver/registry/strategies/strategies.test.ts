import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KubeObject, KubeObjectWithSpec } from '../../../api/index.js';
import type { Deployment__Output } from '../../../api/generated/skiff/apps/v1/Deployment.js';
import type { Job__Output } from '../../../api/generated/skiff/batch/v1/Job.js';
import { FakeClock } from '../../../clock/index.js';
import { MemoryStorage } from '../../../storage/index.js';
import { Registry } from '../registry.js';
import type { ResourceStore } from '../resource-store.js';
import { appsStrategies } from './apps/index.js';
import { batchStrategies } from './batch/index.js';
import { coordinationStrategies } from './coordination/index.js';
import { policyStrategies } from './policy/index.js';
import { schedulingStrategies } from './scheduling/index.js';
import { storageStrategies } from './storage/index.js';

const container = { name: 'c', image: 'busybox' };

function deployment(replicas = 1): Deployment__Output {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container] } } },
  };
}

function job(): Job__Output {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default' },
    spec: { template: { spec: { containers: [container], restartPolicy: 'Never' } } },
  };
}

describe('registry strategies', () => {
  let storage: MemoryStorage;
  let registry: Registry;
  let deployments: ResourceStore;

  beforeEach(async () => {
    storage = new MemoryStorage();
    await storage.open();
    registry = new Registry({
      storage,
      clock: new FakeClock(),
      strategies: {
        ...appsStrategies,
        ...batchStrategies,
        ...coordinationStrategies,
        ...policyStrategies,
        ...schedulingStrategies,
        ...storageStrategies,
      },
    });
    await registry.start();
    deployments = registry.store('apps', 'deployments')!;
  });

  afterEach(async () => {
    registry.stop();
    await storage.close();
  });

  const spec = (o: KubeObject): KubeObjectWithSpec['spec'] => (o as KubeObjectWithSpec).spec;
  const status = (o: KubeObject): KubeObjectWithSpec['status'] => (o as KubeObjectWithSpec).status;

  it('covers every resource of the groups', () => {
    expect(Object.keys({ ...appsStrategies, ...batchStrategies, ...coordinationStrategies, ...policyStrategies, ...schedulingStrategies, ...storageStrategies }).sort()).toEqual([
      'controllerrevisions', 'cronjobs', 'daemonsets', 'deployments', 'jobs', 'leases', 'poddisruptionbudgets', 'priorityclasses', 'replicasets', 'statefulsets', 'storageclasses',
    ]);
  });

  it('defaults, drops the status on create, and starts at generation 1', async () => {
    const created = await deployments.create('default', { ...deployment(), status: { replicas: 9 } } as KubeObject);
    expect(created.metadata?.generation).toBe(1);
    expect(status(created)).toBeUndefined();
    expect(spec(created)).toMatchObject({ strategy: { type: 'RollingUpdate' }, progressDeadlineSeconds: 600 });
  });

  it('bumps the generation on a spec change only, and keeps the status on a main update', async () => {
    const created = await deployments.create('default', deployment() as KubeObject);
    await deployments.update('default', 'web', { ...deployment(), metadata: structuredClone(created.metadata), status: { replicas: 1, observedGeneration: 1 } } as KubeObject, {
      subresource: 'status',
    });
    const relabelled = await deployments.update('default', 'web', {
      ...deployment(),
      metadata: { ...structuredClone(created.metadata), labels: { team: 'a' }, resourceVersion: undefined },
      status: { replicas: 42 },
    } as KubeObject);
    expect(relabelled.object.metadata?.generation).toBe(1);
    expect(status(relabelled.object)).toEqual({ replicas: 1, observedGeneration: 1 });
    const scaled = await deployments.update('default', 'web', { ...deployment(3), metadata: structuredClone(relabelled.object.metadata) } as KubeObject);
    expect(scaled.object.metadata?.generation).toBe(2);
  });

  it('bumps a Deployment\'s generation when its annotations change, as they are copied to its ReplicaSets', async () => {
    const created = await deployments.create('default', deployment() as KubeObject);
    const annotated = await deployments.update('default', 'web', { ...deployment(), metadata: { ...structuredClone(created.metadata), annotations: { foo: 'bar' } } } as KubeObject);
    expect(annotated.object.metadata?.generation).toBe(2);
    const relabelled = await deployments.update('default', 'web', { ...deployment(), metadata: { ...structuredClone(annotated.object.metadata), labels: { x: 'y' } } } as KubeObject);
    expect(relabelled.object.metadata?.generation).toBe(2);
    const replicaSets = registry.store('apps', 'replicasets')!;
    const rs = await replicaSets.create('default', { ...deployment(), kind: 'ReplicaSet', metadata: { name: 'web-1', namespace: 'default' } } as KubeObject);
    const rsAnnotated = await replicaSets.update('default', 'web-1', { ...deployment(), kind: 'ReplicaSet', metadata: { ...structuredClone(rs.metadata), annotations: { foo: 'bar' } } } as KubeObject);
    expect(rsAnnotated.object.metadata?.generation).toBe(1);
  });

  it('ignores the spec in a status update', async () => {
    const created = await deployments.create('default', deployment() as KubeObject);
    const updated = await deployments.update('default', 'web', { ...deployment(7), metadata: structuredClone(created.metadata), status: { replicas: 1 } } as KubeObject, {
      subresource: 'status',
    });
    expect(spec(updated.object)).toMatchObject({ replicas: 1 });
    expect(status(updated.object)).toEqual({ replicas: 1 });
    expect(updated.object.metadata?.generation).toBe(1);
  });

  it('keeps metadata changes in a status update except what the kind resets (a Deployment its labels)', async () => {
    const created = await deployments.create('default', { ...deployment(), metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } } } as KubeObject);
    const meta = { ...structuredClone(created.metadata), labels: { app: 'changed' }, annotations: { note: 'via status' }, finalizers: ['example.com/hold'] };
    const updated = await deployments.update('default', 'web', { ...deployment(), metadata: meta, status: { replicas: 1 } } as KubeObject, { subresource: 'status' });
    expect(updated.object.metadata).toMatchObject({ labels: { app: 'web' }, annotations: { note: 'via status' }, finalizers: ['example.com/hold'] });

    const replicaSets = registry.store('apps', 'replicasets')!;
    const rs = await replicaSets.create('default', { ...deployment(), kind: 'ReplicaSet', metadata: { name: 'web-1', namespace: 'default' } } as KubeObject);
    const relabelled = await replicaSets.update('default', 'web-1', { ...deployment(), kind: 'ReplicaSet', metadata: { ...structuredClone(rs.metadata), labels: { tier: 'x' } }, status: { replicas: 1 } } as KubeObject, {
      subresource: 'status',
    });
    expect(relabelled.object.metadata?.labels).toEqual({ tier: 'x' });
  });

  it('rejects an invalid Deployment with Kubernetes field errors', async () => {
    const bad = deployment();
    bad.spec!.template!.metadata!.labels = { app: 'other' };
    await expect(deployments.create('default', bad as KubeObject)).rejects.toThrow(
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    );
  });

  // The store assigns the uid after prepareForCreate today; Kubernetes assigns it before, which
  // selector generation needs. This checks the strategy on a Job that already has its uid.
  it('generates a Job selector from its uid and name', () => {
    const j = job();
    j.metadata!.uid = 'u-1';
    j.spec!.template!.metadata = { labels: { 'job-name': 'mine' } };
    batchStrategies.jobs.defaults!(j as KubeObject);
    batchStrategies.jobs.prepareForCreate!(j as KubeObject);
    expect(j.spec?.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': 'u-1' } });
    expect(j.spec?.template?.metadata?.labels).toEqual({
      'job-name': 'mine',
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': 'u-1',
      'batch.kubernetes.io/controller-uid': 'u-1',
    });
    expect(j.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6 });
  });

  it('gives a Job created without labels the labels generated on its template', async () => {
    const created = (await registry.store('batch', 'jobs')!.create('default', job() as KubeObject)) as Job__Output;
    const uid = created.metadata?.uid;
    expect(created.metadata?.labels).toEqual({
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': uid,
      'job-name': 'pi',
    });
    expect(created.spec?.manualSelector).toBe(false);
  });

  it('keeps a manual Job selector as given', async () => {
    const manual = job();
    manual.spec!.manualSelector = true;
    manual.spec!.selector = { matchLabels: { app: 'pi' } };
    manual.spec!.template!.metadata = { labels: { app: 'pi' } };
    const created = (await registry.store('batch', 'jobs')!.create('default', manual as KubeObject)) as Job__Output;
    expect(created.spec?.selector).toEqual({ matchLabels: { app: 'pi' } });
    expect(created.spec?.template?.metadata?.labels).toEqual({ app: 'pi' });
  });

  it('exposes the Job field selectors, and none for ReplicaSets (apps/v1 converts no field labels)', () => {
    expect(batchStrategies.jobs.fieldLabels).toEqual(['metadata.name', 'metadata.namespace', 'status.successful']);
    expect(batchStrategies.jobs.fieldLabelError?.('spec.x')).toBe('field label "spec.x" not supported for batchv1.Job');
    expect(batchStrategies.jobs.selectableFields?.({ status: { succeeded: 2 } } as KubeObject)).toEqual({ 'status.successful': '2' });
    expect(appsStrategies.replicasets.fieldLabels).toBeUndefined();
  });

  it('counts DaemonSet template generations in the deprecated annotation', async () => {
    const daemonsets = registry.store('apps', 'daemonsets')!;
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [container] } } },
    };
    const created = await daemonsets.create('default', structuredClone(ds) as KubeObject);
    expect(created.metadata?.annotations).toEqual({ 'deprecated.daemonset.template.generation': '1' });
    const changed = structuredClone(ds);
    changed.spec.template.spec.containers[0].image = 'busybox:2';
    const updated = await daemonsets.update('default', 'agent', { ...changed, metadata: structuredClone(created.metadata) } as KubeObject);
    expect(updated.object.metadata?.annotations).toEqual({ 'deprecated.daemonset.template.generation': '2' });
  });
});
