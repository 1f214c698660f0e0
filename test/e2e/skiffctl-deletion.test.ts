import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControllerManager, eventually, type ControllerManagerProcess } from '../controller-manager-harness.js';
import { startCtlCluster, type CtlCluster } from './skiffctl.js';

// skiffctl delete with each cascade mode and --wait, with skiff-controller-manager running the
// garbage collector and the namespace controller. The owner is a ReplicaSet with pods that name it
// in their ownerReferences (the ReplicaSet controller itself comes later).
const replicaSet = (name: string): string => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: ${name}
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

const pod = (name: string, owner: string, uid: string): string => `apiVersion: v1
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

describe('skiffctl delete with the controller manager running', () => {
  let cluster: CtlCluster;
  let cm: ControllerManagerProcess;
  beforeAll(async () => {
    cluster = await startCtlCluster();
    cm = await startControllerManager(cluster.server.address, ['--leader-elect=false']);
  });
  afterAll(async () => {
    await cm?.stop();
    await cluster?.stop();
  });

  async function ownerWithPods(name: string): Promise<void> {
    await cluster.ok(['apply', '-f', '-'], replicaSet(name));
    const uid = await cluster.ok(['get', 'rs', name, '-o', 'jsonpath={.metadata.uid}']);
    await cluster.ok(['apply', '-f', '-'], `${pod(`${name}-a`, name, uid)}---\n${pod(`${name}-b`, name, uid)}`);
  }

  const pods = async (app: string): Promise<string> => (await cluster.ok(['get', 'pods', '-l', `app=${app}`, '-o', 'name'])).trim();

  it('--cascade=background: the owner goes at once, its pods soon after', async () => {
    await ownerWithPods('bg');
    expect(await cluster.ok(['delete', 'rs', 'bg', '--cascade=background'])).toBe('replicaset.apps "bg" deleted\n');
    await eventually(async () => (await pods('bg')) === '', 'the pods to be collected');
  });

  it('--cascade=foreground --wait: returns once the pods and then the owner are gone', async () => {
    await ownerWithPods('fg');
    expect(await cluster.ok(['delete', 'rs', 'fg', '--cascade=foreground', '--wait'])).toBe('replicaset.apps "fg" deleted\n');
    expect(await pods('fg')).toBe('');
    expect((await cluster.skiffctl(['get', 'rs', 'fg'])).stderr).toBe('Error from server (NotFound): replicasets.apps "fg" not found\n');
  });

  it('--cascade=orphan --wait: the owner goes, the pods stay without their owner reference', async () => {
    await ownerWithPods('orph');
    expect(await cluster.ok(['delete', 'rs', 'orph', '--cascade=orphan', '--wait'])).toBe('replicaset.apps "orph" deleted\n');
    expect(await pods('orph')).toBe('pod/orph-a\npod/orph-b');
    expect(await cluster.ok(['get', 'pods', '-l', 'app=orph', '-o', 'jsonpath={.items[*].metadata.ownerReferences}'])).toBe('');
  });

  it('delete namespace --wait: returns once everything in it and then the namespace are gone', async () => {
    await cluster.ok(['apply', '-f', '-'], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: scratch\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: scratch\ndata:\n  color: blue\n');
    expect(await cluster.ok(['delete', 'namespace', 'scratch', '--wait'])).toBe('namespace "scratch" deleted\n');
    expect((await cluster.skiffctl(['get', 'namespace', 'scratch'])).stderr).toBe('Error from server (NotFound): namespaces "scratch" not found\n');
  });
});
