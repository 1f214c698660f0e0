import { describe, expect, it } from 'vitest';
import type { PodSpec__Output } from '../generated/skiff/core/v1/PodSpec.js';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps/index.js';
import { defaultCronJob, defaultJob } from './batch/index.js';
import { defaultPodTemplate, defaultReplicationController } from './core/index.js';

// Every kind that holds a pod template defaults the template's quantities as a Pod's, since
// Kubernetes' generated defaulters reach every ResourceList and every Quantity in the template.
function spec(): PodSpec__Output {
  return {
    containers: [{ name: 'c', resources: { limits: { cpu: '2000m', memory: '2048Mi' }, requests: { cpu: '0.25', memory: '0.5Gi' } } }],
    initContainers: [{ name: 'i', resources: { requests: { cpu: '0.0001' } } }],
    overhead: { cpu: '10.0m' },
    volumes: [{ name: 'v', emptyDir: { sizeLimit: '1.5Gi' } }],
  };
}

const TEMPLATE_HOLDERS: ReadonlyArray<readonly [string, () => PodSpec__Output | undefined]> = [
  ['Deployment', () => withTemplate((template) => defaultDeployment({ spec: { template } }))],
  ['ReplicaSet', () => withTemplate((template) => defaultReplicaSet({ spec: { template } }))],
  ['StatefulSet', () => withTemplate((template) => defaultStatefulSet({ spec: { template } }))],
  ['DaemonSet', () => withTemplate((template) => defaultDaemonSet({ spec: { template } }))],
  ['Job', () => withTemplate((template) => defaultJob({ spec: { template } }))],
  ['CronJob', () => withTemplate((template) => defaultCronJob({ spec: { jobTemplate: { spec: { template } } } }))],
  ['ReplicationController', () => withTemplate((template) => defaultReplicationController({ spec: { template } }))],
  ['PodTemplate', () => withTemplate((template) => defaultPodTemplate({ template }))],
];

// Defaults an object built around a fresh template and returns the template's spec afterwards.
function withTemplate(defaults: (template: { spec: PodSpec__Output }) => void): PodSpec__Output | undefined {
  const template = { spec: spec() };
  defaults(template);
  return template.spec;
}

describe('pod template quantities', () => {
  it.each(TEMPLATE_HOLDERS)('%s: requests, limits, overhead and size limits stored canonically', (_kind, defaulted) => {
    const s = defaulted();
    expect(s?.containers?.[0].resources).toEqual({
      limits: { cpu: '2', memory: '2Gi' },
      requests: { cpu: '250m', memory: '512Mi' },
    });
    expect(s?.initContainers?.[0].resources?.requests).toEqual({ cpu: '1m' });
    expect(s?.overhead).toEqual({ cpu: '10m' });
    expect(s?.volumes?.[0].emptyDir?.sizeLimit).toBe('1536Mi');
  });
});
