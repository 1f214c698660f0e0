import { describe, expect, it } from 'vitest';
import { defaultDeployment } from '../../defaults/apps/index.js';
import { defaultPod } from '../../defaults/core/index.js';
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import { validateDeployment } from '../apps/index.js';
import { validatePod } from './index.js';

// Validators build a field's path only when they report an error there; these pin the full paths
// (and their order) of errors found deep in a pod and in a pod template.

const QNAME_REGEX =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const SUBDOMAIN_REGEX =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('error paths in a Deployment template', () => {
  it('reports each error under the full template path, in Kubernetes order', () => {
    const d: Deployment__Output = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web', 'a/b/c': 'x' }, annotations: { 'Example.com/x': 'y' } },
          spec: {
            containers: [
              { name: 'web', image: 'nginx:1.27' },
              {
                name: 'side',
                image: 'proxy:2',
                imagePullPolicy: 'Sometimes',
                resources: { limits: { 'example.com/gpu': '1.5' } },
                readinessProbe: { exec: { command: ['true'] }, grpc: { port: 70000 }, timeoutSeconds: -1 },
              },
            ],
            tolerations: [
              { key: 'ok', operator: 'Exists' },
              { key: '-bad', operator: 'Exists' },
            ],
            nodeSelector: { 'kubernetes.io/os': 'linux', 'bad key': 'v' },
          },
        },
      },
    };
    defaultDeployment(d);
    expect(validateDeployment(d).map(String)).toEqual([
      `spec.template.labels: Invalid value: "a/b/c": a qualified name ${QNAME_REGEX} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      'spec.template.spec.containers[1].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
      'spec.template.spec.containers[1].resources.limits[example.com/gpu]: Invalid value: resource.Quantity{i:resource.int64Amount{value:1500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1500m", Format:"DecimalSI"}: must be an integer',
      'spec.template.spec.containers[1].readinessProbe.grpc: Forbidden: may not specify more than 1 handler type',
      'spec.template.spec.containers[1].readinessProbe.timeoutSeconds: Invalid value: -1: must be greater than or equal to 0',
      `spec.template.spec.nodeSelector: Invalid value: "bad key": name part ${QNAME_REGEX}`,
      `spec.template.spec.tolerations[1].key: Invalid value: "-bad": name part ${QNAME_REGEX}`,
    ]);
  });
});

describe('error paths in a pod', () => {
  it('reports sidecar, name and policy errors under their own fields', () => {
    const p: Pod__Output = {
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        containers: [{ name: 'web', image: 'nginx:1.27' }],
        initContainers: [
          { name: 'init', image: 'busybox', restartPolicy: 'Always', startupProbe: { httpGet: { port: { intVal: 80 } }, failureThreshold: -3 } },
        ],
        runtimeClassName: '',
        priorityClassName: 'Bad',
        serviceAccountName: 'a_b',
        preemptionPolicy: 'Sometimes',
        schedulingGates: [{ name: 'g' }, { name: 'g' }],
      },
    };
    defaultPod(p);
    p.spec!.initContainers![0].imagePullPolicy = '';
    expect(validatePod(p).map(String)).toEqual([
      'spec.initContainers[0].imagePullPolicy: Required value',
      'spec.initContainers[0].startupProbe.failureThreshold: Invalid value: -3: must be greater than or equal to 0',
      'spec.schedulingGates[1]: Duplicate value: "g"',
      `spec.serviceAccountName: Invalid value: "a_b": ${SUBDOMAIN_REGEX}`,
      `spec.priorityClassName: Invalid value: "Bad": ${SUBDOMAIN_REGEX}`,
      // A runtimeClassName that is set must be valid even when empty.
      `spec.runtimeClassName: Invalid value: "": ${SUBDOMAIN_REGEX}`,
      'spec.preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"',
    ]);
  });
});
