// skiffctl end to end: the built binary against a real skiff-apiserver over gRPC, with the
// kubeconfig kubectl shares. Apply of a multi-document file (and again, edited), every output
// format of get, describe, label, annotate, patch of each type, scale, wait, delete with each
// cascade mode, errors in kubectl's words, and apply interoperating with the stock kubectl.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './kubectl.js';
import { startCtlCluster, type CtlCluster } from './skiffctl.js';

const MANIFEST = readFileSync(new URL('./manifests/guestbook.yaml', import.meta.url), 'utf8');
const G = ['-n', 'guestbook'];

let c: CtlCluster;
beforeAll(async () => {
  c = await startCtlCluster();
});
afterAll(async () => {
  await c?.stop();
});

async function jp(args: string[], path: string): Promise<string> {
  return c.ok([...args, '-o', `jsonpath=${path}`]);
}

describe('skiffctl apply', () => {
  it('creates every object of a multi-document file, then finds nothing to change', async () => {
    expect(await c.ok(['apply', '-f', '-'], MANIFEST)).toBe('namespace/guestbook created\nconfigmap/frontend-config created\ndeployment.apps/frontend created\nservice/frontend created\n');
    expect(await c.ok(['apply', '-f', '-'], MANIFEST)).toBe('namespace/guestbook unchanged\nconfigmap/frontend-config unchanged\ndeployment.apps/frontend unchanged\nservice/frontend unchanged\n');
  });

  it('applies an edited file: changes take effect, removed fields go, fields set by others stay', async () => {
    await c.ok(['annotate', 'deploy', 'frontend', ...G, 'team=web']);
    await c.ok(['patch', 'deploy', 'frontend', ...G, '--type', 'merge', '-p', '{"spec":{"minReadySeconds":5}}']);
    const edited = MANIFEST.replace('replicas: 3', 'replicas: 5').replace('LOG_LEVEL: info', 'LOG_LEVEL: debug').replace('        env:\n        - name: GET_HOSTS_FROM\n          value: dns\n', '');
    expect(await c.ok(['apply', '-f', '-'], edited)).toBe('namespace/guestbook unchanged\nconfigmap/frontend-config configured\ndeployment.apps/frontend configured\nservice/frontend unchanged\n');
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.replicas} {.spec.minReadySeconds} {.metadata.annotations.team}')).toBe('5 5 web');
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.template.spec.containers[0].env}')).toBe('');
    expect(await jp(['get', 'cm', 'frontend-config', ...G], '{.data.LOG_LEVEL}')).toBe('debug');
    expect(await c.ok(['apply', '-f', '-', '--dry-run=server'], MANIFEST)).toContain('deployment.apps/frontend configured (server dry run)\n');
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.replicas}')).toBe('5');
  });

  it('rejects a document with an unknown field by path and applies the others', async () => {
    const bad = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good\n  namespace: guestbook\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\n  namespace: guestbook\nspec:\n  replica: 1\n';
    const r = await c.skiffctl(['apply', '-f', '-'], bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('configmap/good created\n');
    expect(r.stderr).toBe('error: error validating "STDIN" (document 2, Deployment "bad"): strict decoding error: unknown field "spec.replica"\n');
    expect((await c.skiffctl(['get', 'deploy', 'bad', ...G])).stderr).toBe('Error from server (NotFound): deployments.apps "bad" not found\n');
  });
});

describe('skiffctl get', () => {
  it('prints tables as kubectl does', async () => {
    const out = await c.ok(['get', 'deploy', ...G]);
    expect(out).toMatch(/^NAME {7}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nfrontend {3}0\/5 {5}0 {12}0 {11}\d+s\n$/);
    const two = await c.ok(['get', 'cm,svc', ...G, '--no-headers']);
    expect(two).toMatch(/^configmap\/frontend-config\s+2\s+\d+s\nconfigmap\/good\s+0\s+\d+s\nservice\/frontend\s+ClusterIP\s+[\d.]+\s+<none>\s+80\/TCP\s+\d+s\n$/);
    expect(await c.ok(['get', 'deploy', '-A', '--show-labels'])).toMatch(/^NAMESPACE {3}NAME {7}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\s+LABELS\nguestbook {3}frontend {3}0\/5 {5}0 {12}0 {11}\d+s\s+app=guestbook,tier=frontend\n$/);
    const r = await c.skiffctl(['get', 'pods', ...G]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('No resources found in guestbook namespace.\n');
  });

  it('prints name, jsonpath, custom-columns, json and yaml', async () => {
    expect(await c.ok(['get', 'deploy,svc', ...G, '-o', 'name'])).toBe('deployment.apps/frontend\nservice/frontend\n');
    expect(await c.ok(['get', 'cm', ...G, '-l', 'app!=x', '--sort-by', '.metadata.name', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}'])).toMatch(/^frontend-config\ngood\n/);
    expect(await c.ok(['get', 'deploy/frontend', 'svc/frontend', ...G, '-o', 'custom-columns=KIND:.kind,NAME:.metadata.name,PORT:.spec.ports[0].port'])).toBe('KIND         NAME       PORT\nDeployment   frontend   <none>\nService      frontend   80\n');
    const json = JSON.parse(await c.ok(['get', 'deploy', 'frontend', ...G, '-o', 'json'])) as { kind: string; metadata: { name: string }; spec: { strategy: { type: string } } };
    expect(json.kind).toBe('Deployment');
    expect(json.spec.strategy.type).toBe('RollingUpdate');
    const list = JSON.parse(await c.ok(['get', 'deploy', ...G, '-o', 'json'])) as { kind: string; items: unknown[] };
    expect(list.kind).toBe('List');
    expect(list.items).toHaveLength(1);
    const yaml = await c.ok(['get', 'cm', 'frontend-config', ...G, '-o', 'yaml']);
    expect(yaml).toMatch(/^apiVersion: v1\ndata:\n {2}GET_HOSTS_FROM: dns\n {2}LOG_LEVEL: debug\nkind: ConfigMap\nmetadata:\n {2}annotations:\n {4}kubectl.kubernetes.io\/last-applied-configuration: \|\n {6}\{"apiVersion":"v1","data":\{"GET_HOSTS_FROM":"dns","LOG_LEVEL":"debug"\},"kind":"ConfigMap","metadata":\{"annotations":\{\},"name":"frontend-config","namespace":"guestbook"\}\}\n {2}creationTimestamp: "[^"]+"\n {2}name: frontend-config\n {2}namespace: guestbook\n {2}resourceVersion: "\d+"\n {2}uid: [0-9a-f-]+\n$/);
    expect(await c.ok(['get', 'ns', 'guestbook', '-o', 'jsonpath={.status.phase}'])).toBe('Active');
  });

  it('streams rows as they change with -w', async () => {
    const watch = c.background(['get', 'cm', 'good', ...G, '-w']);
    await eventually(() => /good\s+0\s/.test(watch.output()));
    await c.ok(['patch', 'cm', 'good', ...G, '--type', 'merge', '-p', '{"data":{"a":"1"}}']);
    await eventually(() => /good\s+1\s/.test(watch.output()));
    const lines = (await watch.stop()).trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+DATA\s+AGE$/);
    expect(lines.filter((l) => l.startsWith('good'))).toHaveLength(2);
  });
});

describe('skiffctl describe, label, annotate, patch, scale', () => {
  it('describes a deployment and a service', async () => {
    const d = await c.ok(['describe', 'deploy', 'frontend', ...G]);
    expect(d).toContain('Name:                   frontend\nNamespace:              guestbook\n');
    expect(d).toContain('Replicas:               5 desired | 0 updated | 0 total | 0 available | 0 unavailable\nStrategyType:           RollingUpdate\nMinReadySeconds:        5\nRollingUpdateStrategy:  25% max unavailable, 25% max surge\nPod Template:\n  Labels:  app=guestbook\n           tier=frontend\n  Containers:\n   php-redis:\n    Image:');
    expect(d).toContain('    Requests:\n      cpu:');
    expect(d.endsWith('Events:            <none>\n')).toBe(true);
    const s = await c.ok(['describe', 'svc/frontend', ...G]);
    expect(s).toMatch(/Selector:\s+app=guestbook,tier=frontend\nType:\s+ClusterIP\n/);
    expect(s).toMatch(/Port:\s+<unset> {2}80\/TCP\nTargetPort:\s+80\/TCP\nEndpoints:\s+<none>\nSession Affinity:\s+None\n/);
  });

  it('labels and annotates', async () => {
    expect(await c.ok(['label', 'deploy', 'frontend', ...G, 'env=prod'])).toBe('deployment.apps/frontend labeled\n');
    const again = await c.skiffctl(['label', 'deploy', 'frontend', ...G, 'env=dev']);
    expect(again.stderr).toBe("error: 'env' already has a value (prod), and --overwrite is false\n");
    expect(await c.ok(['label', 'deploy', 'frontend', ...G, 'env=dev', '--overwrite'])).toBe('deployment.apps/frontend labeled\n');
    expect(await c.ok(['get', 'deploy', ...G, '-l', 'env=dev', '-o', 'name'])).toBe('deployment.apps/frontend\n');
    expect(await c.ok(['label', 'deploy/frontend', ...G, 'env-'])).toBe('deployment.apps/frontend unlabeled\n');
    expect(await c.ok(['annotate', 'cm', '--all', ...G, 'note=hello'])).toMatch(/^configmap\/frontend-config annotated\n/);
    expect(await jp(['get', 'cm', 'good', ...G], '{.metadata.annotations.note}')).toBe('hello');
  });

  it('patches with each type and scales', async () => {
    expect(await c.ok(['patch', 'deploy', 'frontend', ...G, '--type', 'merge', '-p', '{"spec":{"replicas":2}}'])).toBe('deployment.apps/frontend patched\n');
    await c.ok(['patch', 'deploy', 'frontend', ...G, '--type', 'json', '-p', '[{"op":"replace","path":"/spec/replicas","value":4}]']);
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.replicas}')).toBe('4');
    await c.ok(['patch', 'deploy', 'frontend', ...G, '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"php-redis","image":"nginx:1.27"}]}}}}']);
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[0].containerPort}')).toBe('nginx:1.27 80');
    expect(await c.ok(['scale', '--replicas=6', 'deploy/frontend', ...G])).toBe('deployment.apps/frontend scaled\n');
    expect(await jp(['get', 'deploy', 'frontend', ...G], '{.spec.replicas}')).toBe('6');
  });

  it('waits for a jsonpath value and times out on a condition that never comes', async () => {
    expect(await c.ok(['wait', 'deploy/frontend', ...G, '--for=jsonpath={.spec.replicas}=6', '--timeout=5s'])).toBe('deployment.apps/frontend condition met\n');
    const r = await c.skiffctl(['wait', 'deploy/frontend', ...G, '--for=condition=Available', '--timeout=300ms']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: timed out waiting for the condition on deployments.apps/frontend\n');
  });
});

describe('skiffctl errors', () => {
  it('writes server errors as kubectl does', async () => {
    const nf = await c.skiffctl(['get', 'pod', 'web']);
    expect(nf).toEqual({ code: 1, stdout: '', stderr: 'Error from server (NotFound): pods "web" not found\n' });
    const inv = await c.skiffctl(['patch', 'deploy', 'frontend', ...G, '--type', 'merge', '-p', '{"spec":{"replicas":-1}}']);
    expect(inv.stderr).toBe('The Deployment "frontend" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n');
    expect(inv.code).toBe(1);
    const unknown = await c.skiffctl(['get', 'gizmos']);
    expect(unknown.stderr).toBe('error: the server doesn\'t have a resource type "gizmos"\n');
  });

  it('says when nothing answers', async () => {
    const r = await c.skiffctl(['--server', '127.0.0.1:1', 'get', 'pods']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?\n' });
    const none = await c.skiffctl(['get', 'pods'], undefined, { KUBECONFIG: `${c.dir}/missing-config` });
    expect(none.stderr).toBe('The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n');
  });
});

describe('skiffctl delete', () => {
  const owned = (name: string, ownerUid: string): string =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: guestbook\n  ownerReferences:\n  - apiVersion: v1\n    kind: ConfigMap\n    name: owner\n    uid: ${ownerUid}\n    blockOwnerDeletion: true\n`;

  async function owner(): Promise<string> {
    await c.ok(['create', 'configmap', 'owner', ...G, '--from-literal=k=v']);
    const uid = await jp(['get', 'cm', 'owner', ...G], '{.metadata.uid}');
    await c.ok(['create', '-f', '-'], owned('dependent', uid));
    return uid;
  }

  it('deletes by name and waits until the object is gone (background)', async () => {
    await owner();
    expect(await c.ok(['delete', 'cm', 'owner', ...G])).toBe('configmap "owner" deleted\n');
    expect((await c.skiffctl(['get', 'cm', 'owner', ...G])).code).toBe(1);
    // Collecting the dependent is the garbage collector's work; the API guarantees the owner is gone.
    await c.ok(['delete', 'cm', 'dependent', ...G, '--wait=false']);
  });

  it('marks an orphaning and a foreground deletion with their finalizers', async () => {
    await owner();
    expect(await c.ok(['delete', 'cm/owner', ...G, '--cascade=orphan', '--wait=false'])).toBe('configmap "owner" deleted\n');
    // Without a garbage collector running, the owner stays, marked, with the orphan finalizer.
    expect(await jp(['get', 'cm', 'owner', ...G], '{.metadata.finalizers}')).toBe('["orphan"]');
    await c.ok(['patch', 'cm', 'owner', ...G, '--type', 'merge', '-p', '{"metadata":{"finalizers":null}}']);
    await c.ok(['wait', 'cm/owner', ...G, '--for=delete', '--timeout=5s']);
    await c.ok(['delete', 'cm', 'dependent', ...G]);
    await owner();
    expect(await c.ok(['delete', 'cm', 'owner', ...G, '--cascade=foreground', '--wait=false'])).toBe('configmap "owner" deleted\n');
    expect(await jp(['get', 'cm', 'owner', ...G], '{.metadata.finalizers}')).toBe('["foregroundDeletion"]');
  });

  it('deletes by label and from a file', async () => {
    await c.ok(['label', 'cm', 'good', 'frontend-config', ...G, 'doomed=yes']);
    expect(await c.ok(['delete', 'cm', '-l', 'doomed=yes', ...G])).toBe('configmap "frontend-config" deleted\nconfigmap "good" deleted\n');
    const r = await c.skiffctl(['delete', '-f', '-', '--ignore-not-found'], MANIFEST.split('---')[3]!);
    expect(r.stdout).toBe('service "frontend" deleted\n');
  });
});

describe('skiffctl and kubectl apply each other\'s objects', () => {
  const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\ndata:\n  a: "1"\n';

  it('skiffctl first, then kubectl', async () => {
    expect(await c.ok(['apply', '-f', '-'], CM)).toBe('configmap/shared created\n');
    const k = await c.kubectl(['apply', '-f', '-'], CM);
    expect(k.stderr).toBe('');
    expect(k.stdout).toBe('configmap/shared unchanged\n');
    const k2 = await c.kubectl(['apply', '-f', '-'], CM.replace('a: "1"', 'b: "2"'));
    expect(k2.stdout).toBe('configmap/shared configured\n');
    expect(await jp(['get', 'cm', 'shared'], '{.data}')).toBe('{"b":"2"}');
    expect(await jp(['get', 'cm', 'shared'], "{.metadata.annotations['kubectl\\.kubernetes\\.io/last-applied-configuration']}")).toBe('');
  });

  it('kubectl first, then skiffctl', async () => {
    const CM2 = CM.replace('shared', 'shared2');
    expect((await c.kubectl(['apply', '-f', '-'], CM2)).stdout).toBe('configmap/shared2 created\n');
    expect(await c.ok(['apply', '-f', '-'], CM2)).toBe('configmap/shared2 unchanged\n');
    expect(await c.ok(['apply', '-f', '-'], CM2.replace('a: "1"', 'c: "3"'))).toBe('configmap/shared2 configured\n');
    const json = JSON.parse(await c.ok(['get', 'cm', 'shared2', '-o', 'json'])) as { data: Record<string, string>; metadata: { annotations: Record<string, string> } };
    expect(json.data).toEqual({ c: '3' });
    expect(json.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe('{"apiVersion":"v1","data":{"c":"3"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"shared2","namespace":"default"}}\n');
    expect((await c.kubectl(['apply', '-f', '-'], CM2.replace('a: "1"', 'c: "3"'))).stdout).toBe('configmap/shared2 unchanged\n');
  });
});
