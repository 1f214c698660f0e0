import { describe, expect, it } from 'vitest';
import type { PodTemplateSpec__Output } from '../generated/skiff/core/v1/PodTemplateSpec.js';
import {
  controllerRevisionPrinter,
  daemonSetPrinter,
  deploymentPrinter,
  podTemplatePrinter,
  replicaSetPrinter,
  replicationControllerPrinter,
  statefulSetPrinter,
} from './workload-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const meta = (name: string) => ({ name, namespace: 'default', creationTimestamp: new Date(NOW - 20 * 60_000).toISOString() });
const template = (labels: Record<string, string>, ...containers: [string, string][]): PodTemplateSpec__Output => ({
  metadata: { labels },
  spec: { containers: containers.map(([name, image]) => ({ name, image })) },
});

describe('Deployment row: NAME READY UP-TO-DATE AVAILABLE AGE | CONTAINERS IMAGES SELECTOR', () => {
  it.each<[string, Parameters<typeof deploymentPrinter.cells>[0], (string | number | boolean)[]]>([
    [
      'a deployment rolling out',
      {
        metadata: meta('web'),
        spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }, ['web', 'nginx:1.27'], ['log', 'fluent-bit:3']) },
        status: { replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
      },
      ['web', '2/3', 3, 2, '20m', 'web,log', 'nginx:1.27,fluent-bit:3', 'app=web'],
    ],
    [
      'a new deployment with no status and a set-based selector',
      {
        metadata: meta('api'),
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'api' }, matchExpressions: [{ key: 'track', operator: 'In', values: ['stable', 'canary'] }] },
          template: template({ app: 'api', track: 'stable' }, ['api', 'api:2']),
        },
      },
      ['api', '0/1', 0, 0, '20m', 'api', 'api:2', 'app=api,track in (canary,stable)'],
    ],
  ])('%s', (_name, d, cells) => {
    expect(deploymentPrinter.cells(d, NOW)).toEqual(cells);
  });
});

describe('ReplicaSet row: NAME DESIRED CURRENT READY AGE | CONTAINERS IMAGES SELECTOR', () => {
  it('prints desired, current and ready counts', () => {
    const rs = {
      metadata: meta('web-7c5ddbdf54'),
      spec: { replicas: 3, selector: { matchLabels: { 'pod-template-hash': '7c5ddbdf54', app: 'web' } }, template: template({}, ['web', 'nginx:1.27']) },
      status: { replicas: 3, readyReplicas: 1 },
    };
    expect(replicaSetPrinter.cells(rs, NOW)).toEqual(['web-7c5ddbdf54', 3, 3, 1, '20m', 'web', 'nginx:1.27', 'app=web,pod-template-hash=7c5ddbdf54']);
  });

  it('writes <none> for a missing selector', () => {
    expect(replicaSetPrinter.cells({ metadata: meta('bare') }, NOW)).toEqual(['bare', 0, 0, 0, '20m', '', '', '<none>']);
  });
});

describe('ReplicationController row: NAME DESIRED CURRENT READY AGE | CONTAINERS IMAGES SELECTOR', () => {
  it('prints its map selector', () => {
    const rc = {
      metadata: meta('nginx'),
      spec: { replicas: 2, selector: { app: 'nginx' }, template: template({ app: 'nginx' }, ['nginx', 'nginx']) },
      status: { replicas: 2, readyReplicas: 2 },
    };
    expect(replicationControllerPrinter.cells(rc, NOW)).toEqual(['nginx', 2, 2, 2, '20m', 'nginx', 'nginx', 'app=nginx']);
  });
});

describe('StatefulSet row: NAME READY AGE | CONTAINERS IMAGES', () => {
  it('prints ready out of desired', () => {
    const sts = {
      metadata: meta('db'),
      spec: { replicas: 2, serviceName: 'db', template: template({ app: 'db' }, ['postgres', 'postgres:17']) },
      status: { replicas: 2, readyReplicas: 1 },
    };
    expect(statefulSetPrinter.cells(sts, NOW)).toEqual(['db', '1/2', '20m', 'postgres', 'postgres:17']);
  });
});

describe('DaemonSet row: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE | CONTAINERS IMAGES SELECTOR', () => {
  it.each<[string, Record<string, string> | undefined, string]>([
    ['with a node selector', { 'kubernetes.io/os': 'linux' }, 'kubernetes.io/os=linux'],
    ['without one', undefined, '<none>'],
  ])('%s', (_name, nodeSelector, text) => {
    const ds = {
      metadata: meta('proxy'),
      spec: {
        selector: { matchLabels: { app: 'proxy' } },
        template: { spec: { nodeSelector, containers: [{ name: 'proxy', image: 'skiff-proxy:0.1' }] } },
      },
      status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 3, numberAvailable: 2 },
    };
    expect(daemonSetPrinter.cells(ds, NOW)).toEqual(['proxy', 3, 3, 2, 3, 2, text, '20m', 'proxy', 'skiff-proxy:0.1', 'app=proxy']);
  });
});

describe('PodTemplate row: NAME CONTAINERS IMAGES POD LABELS', () => {
  it('lists containers, images and the template labels', () => {
    const pt = { metadata: meta('tmpl'), template: template({ tier: 'fe', app: 'web' }, ['web', 'nginx'], ['sidecar', 'busybox']) };
    expect(podTemplatePrinter.cells(pt, NOW)).toEqual(['tmpl', 'web,sidecar', 'nginx,busybox', 'app=web,tier=fe']);
  });
});

describe('ControllerRevision row: NAME CONTROLLER REVISION AGE', () => {
  it.each<[string, { apiVersion: string; kind: string; name: string; controller?: boolean }[], string]>([
    ['owned by a StatefulSet', [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', controller: true }], 'statefulset.apps/db'],
    ['owned by a core kind', [{ apiVersion: 'v1', kind: 'Pod', name: 'p' }, { apiVersion: 'v1', kind: 'ReplicationController', name: 'rc', controller: true }], 'replicationcontroller/rc'],
    ['without a controller', [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ds' }], '<none>'],
  ])('%s', (_name, ownerReferences, controller) => {
    const cr = { metadata: { ...meta('db-5d8f9c'), ownerReferences }, revision: 2 };
    expect(controllerRevisionPrinter.cells(cr, NOW)).toEqual(['db-5d8f9c', controller, 2, '20m']);
  });
});
