import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControllerManager, eventually, type ControllerManagerProcess } from '../controller-manager-harness.js';
import { startCluster, type Cluster } from './kubectl.js';

// A ReplicaSet and pods it owns, created directly (the ReplicaSet controller comes later), deleted by
// the stock kubectl with each cascade mode while skiff-controller-manager runs the garbage collector.
const replicaSet = (name: string): string => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

const ownedPod = (name: string, owner: string, uid: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: ${owner}
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: ${owner}
    uid: ${uid}
    controller: true
    blockOwnerDeletion: true
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

describe('kubectl delete with the garbage collector and the namespace controller', () => {
  let cluster: Cluster;
  let cm: ControllerManagerProcess;
  beforeAll(async () => {
    cluster = await startCluster();
    cm = await startControllerManager(cluster.server.address, ['--leader-elect=false']);
  });
  afterAll(async () => {
    await cm?.stop();
    await cluster?.stop();
  });

  async function ownerWithPods(name: string): Promise<void> {
    await cluster.ok(['apply', '-f', '-'], replicaSet(name));
    const uid = await cluster.ok(['get', 'rs', name, '-o', 'jsonpath={.metadata.uid}']);
    await cluster.ok(['apply', '-f', '-'], ownedPod(`${name}-a`, name, uid) + '---\n' + ownedPod(`${name}-b`, name, uid));
  }

  const podNames = async (app: string): Promise<string> => (await cluster.ok(['get', 'pods', '-l', `app=${app}`, '-o', 'name'])).trim();

  it('--cascade=background deletes the owner at once and its pods soon after', async () => {
    await ownerWithPods('bg');
    expect(await cluster.ok(['delete', 'rs', 'bg', '--cascade=background'])).toBe('replicaset.apps "bg" deleted\n');
    await eventually(async () => (await podNames('bg')) === '', 'the pods to be collected');
  });

  it('--cascade=orphan leaves the pods, without their owner reference', async () => {
    await ownerWithPods('orph');
    expect(await cluster.ok(['delete', 'rs', 'orph', '--cascade=orphan'])).toBe('replicaset.apps "orph" deleted\n');
    expect((await cluster.kubectl(['get', 'rs', 'orph'])).stderr).toContain('Error from server (NotFound): replicasets.apps "orph" not found');
    expect(await podNames('orph')).toBe('pod/orph-a\npod/orph-b');
    expect(await cluster.ok(['get', 'pods', '-l', 'app=orph', '-o', 'jsonpath={.items[*].metadata.ownerReferences}'])).toBe('');
  });

  it('--cascade=foreground deletes the pods first, then the owner, and kubectl waits for it', async () => {
    await ownerWithPods('fg');
    expect(await cluster.ok(['delete', 'rs', 'fg', '--cascade=foreground', '--timeout=20s'])).toBe('replicaset.apps "fg" deleted\n');
    expect((await cluster.kubectl(['get', 'rs', 'fg'])).code).toBe(1);
    expect(await podNames('fg')).toBe('');
  });

  it('kubectl delete namespace empties it and waits until it is gone', async () => {
    await cluster.ok(['apply', '-f', '-'], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: scratch\n');
    await cluster.ok(['apply', '-n', 'scratch', '-f', '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: blue\n');
    expect(await cluster.ok(['delete', 'namespace', 'scratch', '--timeout=20s'])).toBe('namespace "scratch" deleted\n');
    expect((await cluster.kubectl(['get', 'namespace', 'scratch'])).stderr).toContain('Error from server (NotFound): namespaces "scratch" not found');
  });

  it('kubectl wait --for=condition sees a condition set meanwhile', async () => {
    await cluster.ok(['apply', '-f', '-'], replicaSet('waiter'));
    const wait = cluster.kubectl(['wait', '--for=condition=ReplicaFailure=False', 'rs/waiter', '--timeout=15s']);
    await cluster.ok([
      'patch',
      'rs',
      'waiter',
      '--subresource=status',
      '--type=merge',
      '-p',
      '{"status":{"replicas":0,"conditions":[{"type":"ReplicaFailure","status":"False","reason":"Test"}]}}',
    ]);
    const result = await wait;
    expect(result.stdout).toBe('replicaset.apps/waiter condition met\n');
    expect(result.code).toBe(0);
  });
});
