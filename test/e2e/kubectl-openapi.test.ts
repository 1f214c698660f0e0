// kubectl reading the OpenAPI documents: `explain` from the v3 document of a group-version, and the
// Swagger 2.0 document at /openapi/v2 that older clients read, as JSON through `get --raw`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './kubectl.js';

let c: Cluster;
beforeAll(async () => {
  c = await startCluster();
});
afterAll(async () => {
  await c?.stop();
});

describe('kubectl and the OpenAPI documents', () => {
  it('get --raw /openapi/v2 returns the Swagger 2.0 document as JSON', async () => {
    const out = await c.ok(['get', '--raw', '/openapi/v2']);
    expect(out.slice(0, 200)).toMatch(/^\{"swagger":"2\.0","info":\{"title":"Kubernetes","version":"v1\.32\.0"\},"paths":\{"\/api\/v1\//);
    const doc = JSON.parse(out) as { paths: Record<string, Record<string, { 'x-kubernetes-group-version-kind': unknown }>>; definitions: Record<string, unknown> };
    expect(doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale']!.put!['x-kubernetes-group-version-kind']).toEqual({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
    expect(doc.definitions['skiff.apps.v1.Deployment']).toBeDefined();
  });

  it('explain deployment.spec.strategy reads the apps/v1 document', async () => {
    const out = await c.ok(['explain', 'deployment.spec.strategy']);
    expect(out).toMatch(/^GROUP:\s+apps\nKIND:\s+Deployment\nVERSION:\s+v1\n\nFIELD: strategy <DeploymentStrategy>\n/);
    expect(out).toContain('rollingUpdate\t<RollingUpdateDeployment>');
    expect(out).toContain('type\t<string>');
  });
});
