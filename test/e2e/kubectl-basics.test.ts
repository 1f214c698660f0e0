// The stock kubectl against skiff-apiserver's REST face: version, discovery, create/get/describe/
// delete with printed output, output formats, selectors, and errors in kubectl's own wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './kubectl.js';

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: game-config
  labels:
    app: game
data:
  lives: "3"
  level: easy
`;

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

let c: Cluster;
beforeAll(async () => {
  c = await startCluster();
});
afterAll(async () => {
  await c?.stop();
});

/** The printed table as rows of whitespace-separated cells. */
function rows(out: string): string[][] {
  return out.trim().split('\n').map((l) => l.trim().split(/\s{2,}/));
}

describe('kubectl against skiff-apiserver', () => {
  it('kubectl version sees server 1.32 with no skew warning', async () => {
    const r = await c.kubectl(['version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Server Version: v1\.32\.0\+skiff\./);
    expect(r.stderr).not.toMatch(/WARNING/);
  });

  it('kubectl api-resources lists every kind with short names, scope and group', async () => {
    const out = await c.ok(['api-resources']);
    const byName = new Map(rows(out).map((r) => [r[0], r]));
    expect(byName.get('pods')).toEqual(['pods', 'po', 'v1', 'true', 'Pod']);
    expect(byName.get('deployments')).toEqual(['deployments', 'deploy', 'apps/v1', 'true', 'Deployment']);
    expect(byName.get('namespaces')).toEqual(['namespaces', 'ns', 'v1', 'false', 'Namespace']);
    expect(byName.get('leases')).toEqual(['leases', 'coordination.k8s.io/v1', 'true', 'Lease']);
  });

  it('creates, gets, describes and deletes a ConfigMap', async () => {
    expect(await c.ok(['create', '-f', '-'], CONFIGMAP)).toBe('configmap/game-config created\n');
    const table = rows(await c.ok(['get', 'configmap', 'game-config']));
    expect(table[0]).toEqual(['NAME', 'DATA', 'AGE']);
    expect(table[1]!.slice(0, 2)).toEqual(['game-config', '2']);
    const yaml = await c.ok(['get', 'cm', 'game-config', '-o', 'yaml']);
    expect(yaml).toContain('kind: ConfigMap');
    expect(yaml).toContain('  lives: "3"');
    const json = JSON.parse(await c.ok(['get', 'cm', 'game-config', '-o', 'json'])) as { metadata: { uid: string; resourceVersion: string } };
    expect(json.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await c.ok(['get', 'cm', '-l', 'app=game', '-o', 'name'])).toBe('configmap/game-config\n');
    expect(await c.ok(['get', 'cm', 'game-config', '-o', 'jsonpath={.data.level}'])).toBe('easy');
    const described = await c.ok(['describe', 'cm', 'game-config']);
    expect(described).toMatch(/^Name:\s+game-config$/m);
    expect(described).toMatch(/^Labels:\s+app=game$/m);
    expect(await c.ok(['delete', 'cm', 'game-config'])).toBe('configmap "game-config" deleted\n');
    const gone = await c.kubectl(['get', 'cm', 'game-config']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('Error from server (NotFound): configmaps "game-config" not found\n');
  });

  it('creates a Namespace, shows it Active, and marks it Terminating on delete', async () => {
    expect(await c.ok(['create', '-f', '-'], NAMESPACE)).toBe('namespace/team-a created\n');
    expect(rows(await c.ok(['get', 'ns', 'team-a']))[1]!.slice(0, 2)).toEqual(['team-a', 'Active']);
    // No namespace controller runs here, so the namespace stays Terminating: do not wait for it.
    expect(await c.ok(['delete', 'namespace', 'team-a', '--wait=false'])).toBe('namespace "team-a" deleted\n');
    expect(rows(await c.ok(['get', 'ns', 'team-a']))[1]!.slice(0, 2)).toEqual(['team-a', 'Terminating']);
  });

  it('creates a Deployment and prints it as Kubernetes does, wide columns included', async () => {
    expect(await c.ok(['create', '-f', '-'], DEPLOYMENT)).toBe('deployment.apps/web created\n');
    const table = rows(await c.ok(['get', 'deploy', 'web', '-o', 'wide']));
    expect(table[0]).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    expect(table[1]![0]).toBe('web');
    expect(table[1]![1]).toBe('0/2');
    expect(table[1]!.slice(5)).toEqual(['web', 'nginx:1.27', 'app=web']);
    const described = await c.ok(['describe', 'deployment', 'web']);
    expect(described).toMatch(/^Replicas:\s+2 desired/m);
    expect(described).toMatch(/^Selector:\s+app=web$/m);
    const all = rows(await c.ok(['get', 'deployments', '-A']));
    expect(all[0]!.slice(0, 2)).toEqual(['NAMESPACE', 'NAME']);
    expect(all.slice(1).map((r) => r.slice(0, 2))).toEqual([['default', 'web']]);
    expect(await c.ok(['delete', 'deployment', 'web'])).toBe('deployment.apps "web" deleted\n');
  });

  // Go's encoding/json always writes a value struct and writes a zero metav1.Time as null, so
  // Kubernetes' YAML of a fresh Deployment carries these even though nobody set them.
  it('shows a Deployment as YAML with the empty structs and null times Kubernetes writes', async () => {
    await c.ok(['create', '-f', '-'], DEPLOYMENT.replace('name: web', 'name: web-yaml'));
    const yaml = await c.ok(['get', 'deploy', 'web-yaml', '-o', 'yaml']);
    expect(yaml).toMatch(/^ {2}template:\n {4}metadata:\n {6}creationTimestamp: null\n {6}labels:\n/m);
    expect(yaml).toMatch(/^ {6}- image: nginx:1\.27\n(?: {8}\S.*\n)* {8}resources: \{\}\n/m);
    await c.ok(['delete', 'deployment', 'web-yaml']);
  });

  it('selects by field across namespaces', async () => {
    const out = await c.ok(['get', 'serviceaccounts', '-A', '--field-selector', 'metadata.namespace=kube-system', '-o', 'name']);
    expect(out).toBe('serviceaccount/default\n');
    const ns = await c.ok(['get', 'ns', '--field-selector', 'metadata.name!=default', '-o', 'name']);
    expect(ns.split('\n')).not.toContain('namespace/default');
    expect(ns.split('\n')).toContain('namespace/kube-system');
  });

  it('reports an invalid object as kubectl does against Kubernetes', async () => {
    const r = await c.kubectl(['create', '-f', '-'], DEPLOYMENT.replace('replicas: 2', 'replicas: -1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n');
  });

  it('takes bare numbers for quantities and stores them as Kubernetes writes them', async () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: sized
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        cpu: 0.5
        memory: 0.5Gi
      limits:
        cpu: 1
        memory: 1024Mi
`;
    await c.ok(['create', '-f', '-'], pod);
    const resources = JSON.parse(await c.ok(['get', 'pod', 'sized', '-o', 'jsonpath={.spec.containers[0].resources}'])) as unknown;
    expect(resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } });
  });

  it('reports AlreadyExists and a stale update (Conflict)', async () => {
    await c.ok(['create', '-f', '-'], CONFIGMAP);
    const again = await c.kubectl(['create', '-f', '-'], CONFIGMAP);
    expect(again.stderr).toBe('Error from server (AlreadyExists): error when creating "STDIN": configmaps "game-config" already exists\n');
    const current = JSON.parse(await c.ok(['get', 'cm', 'game-config', '-o', 'json'])) as { metadata: { resourceVersion: string } };
    await c.ok(['label', 'cm', 'game-config', 'touched=yes']);
    const stale = await c.kubectl(['replace', '-f', '-'], JSON.stringify(current));
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe(
      'Error from server (Conflict): error when replacing "STDIN": Operation cannot be fulfilled on configmaps "game-config": the object has been modified; please apply your changes to the latest version and try again\n',
    );
  });

  it('rejects unknown fields under strict validation and warns under --validate=warn', async () => {
    const body = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unknown-field\nspec:\n  foo: 1\n';
    const strict = await c.kubectl(['create', '-f', '-'], body);
    expect(strict.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "spec"\n',
    );
    const warn = await c.kubectl(['create', '--validate=warn', '-f', '-'], body);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toBe('Warning: unknown field "spec"\n');
  });

  it('answers server-side apply with a clear refusal', async () => {
    const r = await c.kubectl(['apply', '--server-side', '-f', '-'], CONFIGMAP);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('server-side apply is not supported by this server (Skiff)');
  });
});
