// The stock kubectl creates, gets, describes and deletes one object of every kind Skiff serves,
// with kubectl's printed lines asserted. Each manifest is minimal but valid, written as the
// Kubernetes documentation writes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './kubectl.js';

interface Case {
  /** What kubectl prints for the kind (`deployment.apps`). */
  readonly printed: string;
  /** What starts the table's header and its row, when not NAME and the name (events print LAST SEEN first). */
  readonly header?: string;
  readonly row?: RegExp;
  readonly resource: string;
  readonly name: string;
  readonly manifest: string;
}

const POD_SPEC = `    spec:
      containers:
      - name: app
        image: nginx:1.27`;

const CASES: Case[] = [
  { printed: 'configmap', resource: 'configmaps', name: 'app-config', manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  mode: fast\n' },
  { printed: 'secret', resource: 'secrets', name: 'app-secret', manifest: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secret\ntype: Opaque\nstringData:\n  password: hunter2\n' },
  { printed: 'serviceaccount', resource: 'serviceaccounts', name: 'builder', manifest: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\n' },
  { printed: 'pod', resource: 'pods', name: 'solo', manifest: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n' },
  {
    printed: 'service',
    resource: 'services',
    name: 'front',
    manifest: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: front\nspec:\n  selector:\n    app: front\n  ports:\n  - port: 80\n    targetPort: 8080\n',
  },
  {
    printed: 'endpoints',
    resource: 'endpoints',
    name: 'external',
    manifest: 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: external\nsubsets:\n- addresses:\n  - ip: 127.128.0.5\n  ports:\n  - port: 80\n',
  },
  {
    printed: 'event',
    resource: 'events',
    name: 'solo.1',
    manifest: 'apiVersion: v1\nkind: Event\nmetadata:\n  name: solo.1\ninvolvedObject:\n  kind: Pod\n  name: solo\n  namespace: default\nreason: Tested\nmessage: made by a test\ntype: Normal\n',
    header: 'LAST SEEN',
    row: /\sNormal\s+Tested\s+pod\/solo\s+made by a test$/,
  },
  {
    printed: 'replicationcontroller',
    resource: 'replicationcontrollers',
    name: 'legacy',
    manifest: `apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: legacy\nspec:\n  replicas: 1\n  selector:\n    app: legacy\n  template:\n    metadata:\n      labels:\n        app: legacy\n${POD_SPEC}\n`,
  },
  {
    printed: 'persistentvolume',
    resource: 'persistentvolumes',
    name: 'disk-1',
    manifest: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: disk-1\nspec:\n  capacity:\n    storage: 1Gi\n  accessModes:\n  - ReadWriteOnce\n  hostPath:\n    path: /tmp/disk-1\n',
  },
  {
    printed: 'persistentvolumeclaim',
    resource: 'persistentvolumeclaims',
    name: 'data',
    manifest: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes:\n  - ReadWriteOnce\n  resources:\n    requests:\n      storage: 1Gi\n',
  },
  {
    printed: 'podtemplate',
    resource: 'podtemplates',
    name: 'tmpl',
    manifest: `apiVersion: v1\nkind: PodTemplate\nmetadata:\n  name: tmpl\ntemplate:\n  metadata:\n    labels:\n      app: tmpl\n  spec:\n    containers:\n    - name: app\n      image: nginx:1.27\n`,
  },
  { printed: 'namespace', resource: 'namespaces', name: 'sandbox', manifest: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: sandbox\n' },
  {
    printed: 'node',
    resource: 'nodes',
    name: 'node-1',
    manifest: 'apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n  labels:\n    kubernetes.io/hostname: node-1\nspec:\n  podCIDR: 127.128.1.0/24\n',
  },
  {
    printed: 'deployment.apps',
    resource: 'deployments',
    name: 'web',
    manifest: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n${POD_SPEC}\n`,
  },
  {
    printed: 'replicaset.apps',
    resource: 'replicasets',
    name: 'web-rs',
    manifest: `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web-rs\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web-rs\n  template:\n    metadata:\n      labels:\n        app: web-rs\n${POD_SPEC}\n`,
  },
  {
    printed: 'statefulset.apps',
    resource: 'statefulsets',
    name: 'db',
    manifest: `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: 1\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n${POD_SPEC}\n`,
  },
  {
    printed: 'daemonset.apps',
    resource: 'daemonsets',
    name: 'agent',
    manifest: `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n${POD_SPEC}\n`,
  },
  {
    printed: 'controllerrevision.apps',
    resource: 'controllerrevisions',
    name: 'db-1',
    manifest: 'apiVersion: apps/v1\nkind: ControllerRevision\nmetadata:\n  name: db-1\nrevision: 1\ndata:\n  spec:\n    template:\n      metadata:\n        labels:\n          app: db\n',
  },
  {
    printed: 'job.batch',
    resource: 'jobs',
    name: 'once',
    manifest: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: app\n        image: busybox:1.36\n',
  },
  {
    printed: 'cronjob.batch',
    resource: 'cronjobs',
    name: 'nightly',
    manifest:
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: app\n            image: busybox:1.36\n',
  },
  {
    printed: 'lease.coordination.k8s.io',
    resource: 'leases',
    name: 'lock',
    manifest: 'apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata:\n  name: lock\nspec:\n  holderIdentity: me\n  leaseDurationSeconds: 15\n',
  },
  {
    printed: 'priorityclass.scheduling.k8s.io',
    resource: 'priorityclasses',
    name: 'high',
    manifest: 'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: high\nvalue: 1000\ndescription: for tests\n',
  },
  {
    printed: 'poddisruptionbudget.policy',
    resource: 'poddisruptionbudgets',
    name: 'web-pdb',
    manifest: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web-pdb\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n',
  },
  {
    printed: 'storageclass.storage.k8s.io',
    resource: 'storageclasses',
    name: 'local',
    manifest: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: local\nprovisioner: skiff.io/local-path\n',
  },
];

describe('kubectl create, get, describe and delete of every kind', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it.each(CASES)('$printed', async ({ printed, resource, name, manifest, header, row }) => {
    expect(await cluster.ok(['create', '-f', '-'], manifest)).toBe(`${printed}/${name} created\n`);
    const table = await cluster.ok(['get', resource, name]);
    const [headerLine, rowLine] = table.trim().split('\n');
    expect(headerLine!.startsWith(`${header ?? 'NAME'} `)).toBe(true);
    expect(rowLine).toMatch(row ?? new RegExp(`^${name.replace('.', '\\.')}\\s`));
    expect(await cluster.ok(['get', resource, name, '-o', 'jsonpath={.metadata.name}'])).toBe(name);
    const described = await cluster.ok(['describe', resource, name]);
    expect(described).toMatch(new RegExp(`^Name:\\s+${name.replace('.', '\\.')}$`, 'm'));
    expect(await cluster.ok(['delete', resource, name, '--wait=false'])).toBe(`${printed} "${name}" deleted\n`);
  });
});
