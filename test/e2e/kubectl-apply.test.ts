// kubectl's writes through the REST face: client-side apply of a Deployment and a Service as the
// Kubernetes documentation writes them, re-applied edited; the three patch types; label, annotate
// and scale; `get -w` seeing a change made meanwhile; and cluster-scoped manifests that name a namespace.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startCluster, type Cluster } from './kubectl.js';

const MANIFEST = readFileSync(new URL('./manifests/nginx.yaml', import.meta.url), 'utf8');

let c: Cluster;
beforeAll(async () => {
  c = await startCluster();
});
afterAll(async () => {
  await c?.stop();
});

async function jsonpath(resource: string, path: string): Promise<string> {
  return c.ok(['get', resource, '-o', `jsonpath=${path}`]);
}

describe('kubectl apply, patch, label, annotate, scale and watch', () => {
  it('applies a Deployment and a Service, then an edited manifest', async () => {
    expect(await c.ok(['apply', '-f', '-'], MANIFEST)).toBe('deployment.apps/nginx-deployment created\nservice/my-service created\n');
    expect(await c.ok(['apply', '-f', '-'], MANIFEST)).toBe('deployment.apps/nginx-deployment unchanged\nservice/my-service unchanged\n');
    // Another client sets a field the manifest does not own: apply must keep it.
    await c.ok(['annotate', 'deploy', 'nginx-deployment', 'owner=ops']);
    const edited = MANIFEST.replace('        - containerPort: 80\n', '        - containerPort: 80\n        - containerPort: 443\n')
      .replace('        env:\n        - name: MODE\n          value: production\n', '')
      .replace('        tier: frontend\n', '');
    expect(await c.ok(['apply', '-f', '-'], edited)).toBe('deployment.apps/nginx-deployment configured\nservice/my-service unchanged\n');
    const ports = JSON.parse(await jsonpath('deploy/nginx-deployment', '{.spec.template.spec.containers[0].ports}')) as { containerPort: number }[];
    expect(ports.map((p) => p.containerPort)).toEqual([80, 443]);
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.template.spec.containers[0].env}')).toBe('');
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.template.metadata.labels}')).toBe('{"app":"nginx"}');
    expect(await jsonpath('deploy/nginx-deployment', '{.metadata.annotations.owner}')).toBe('ops');
    const svc = (await c.ok(['get', 'svc', 'my-service'])).trim().split('\n')[1]!.split(/\s+/);
    expect(svc[0]).toBe('my-service');
    expect(svc[1]).toBe('ClusterIP');
    expect(svc[4]).toBe('80/TCP');
  });

  it('patches with each type', async () => {
    expect(await c.ok(['patch', 'deploy', 'nginx-deployment', '--type', 'merge', '-p', '{"spec":{"replicas":2}}'])).toBe('deployment.apps/nginx-deployment patched\n');
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.replicas}')).toBe('2');
    await c.ok(['patch', 'deploy', 'nginx-deployment', '--type', 'json', '-p', '[{"op":"replace","path":"/spec/replicas","value":4}]']);
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.replicas}')).toBe('4');
    // Strategic merge: containers merge by name, so the image changes and the ports stay.
    await c.ok(['patch', 'deploy', 'nginx-deployment', '--type', 'strategic', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.16.1"}]}}}}']);
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[1].containerPort}')).toBe('nginx:1.16.1 443');
    const bad = await c.kubectl(['patch', 'deploy', 'nginx-deployment', '--type', 'merge', '-p', '{"spec":{"replicas":-1}}']);
    expect(bad.stderr).toBe('The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n');
    const missing = await c.kubectl(['patch', 'deploy', 'nope', '--type', 'merge', '-p', '{}']);
    expect(missing.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  it('labels, annotates and scales', async () => {
    expect(await c.ok(['label', 'deploy', 'nginx-deployment', 'env=prod'])).toBe('deployment.apps/nginx-deployment labeled\n');
    expect(await c.ok(['get', 'deploy', '-l', 'env=prod', '-o', 'name'])).toBe('deployment.apps/nginx-deployment\n');
    expect(await c.ok(['label', 'deploy', 'nginx-deployment', 'env-'])).toBe('deployment.apps/nginx-deployment unlabeled\n');
    expect(await c.ok(['get', 'deploy', '-l', 'env=prod', '-o', 'name'])).toBe('');
    expect(await c.ok(['annotate', 'deploy', 'nginx-deployment', 'note=hello'])).toBe('deployment.apps/nginx-deployment annotated\n');
    expect(await jsonpath('deploy/nginx-deployment', '{.metadata.annotations.note}')).toBe('hello');
    expect(await c.ok(['scale', 'deploy', 'nginx-deployment', '--replicas=5'])).toBe('deployment.apps/nginx-deployment scaled\n');
    expect(await jsonpath('deploy/nginx-deployment', '{.spec.replicas}')).toBe('5');
  });

  it('get -w shows a change made meanwhile as a new row', async () => {
    await c.ok(['create', '-f', '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: watched\ndata:\n  a: "1"\n');
    const watch = c.background(['get', 'configmaps', '-w']);
    await eventually(() => /watched\s+1\s/.test(watch.output()));
    await c.ok(['patch', 'cm', 'watched', '--type', 'merge', '-p', '{"data":{"b":"2"}}']);
    await eventually(() => /watched\s+2\s/.test(watch.output()));
    const out = await watch.stop();
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+DATA\s+AGE$/);
    expect(lines.filter((l) => l.startsWith('watched'))).toHaveLength(2);
  });

  it('deletes what apply created', async () => {
    expect(await c.ok(['delete', '-f', '-'], MANIFEST)).toBe('deployment.apps "nginx-deployment" deleted\nservice "my-service" deleted\n');
  });
});

describe('kubectl apply of cluster-scoped manifests that name a namespace', () => {
  // Manifests copied from namespaced ones often keep `namespace: default`: Kubernetes drops it.
  const CLUSTER_SCOPED = [
    'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: high-priority\n  namespace: default\nvalue: 1000000\n',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  namespace: default\n',
  ].join('---\n');

  it('creates, then leaves unchanged, the objects without a namespace', async () => {
    expect(await c.ok(['apply', '-f', '-'], CLUSTER_SCOPED)).toBe('priorityclass.scheduling.k8s.io/high-priority created\nnamespace/team created\n');
    expect(await c.ok(['apply', '-f', '-'], CLUSTER_SCOPED)).toBe('priorityclass.scheduling.k8s.io/high-priority unchanged\nnamespace/team unchanged\n');
    expect(await jsonpath('priorityclass/high-priority', '{.metadata.name}/{.metadata.namespace}/{.value}')).toBe('high-priority//1000000');
    expect(await jsonpath('namespace/team', '{.metadata.name}/{.metadata.namespace}')).toBe('team/');
  });
});
