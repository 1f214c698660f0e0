import { describe, expect, it } from 'vitest';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';
import {
  defaultNamespace,
  defaultNode,
  defaultPersistentVolume,
  defaultPersistentVolumeClaim,
  defaultPod,
  defaultReplicationController,
  defaultSecret,
  defaultService,
  imageTag,
} from './index.js';

describe('defaultPod', () => {
  it('fills in the PodSpec, container, port and probe defaults', () => {
    const pod: Pod__Output = {
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            ports: [{ containerPort: 80 }],
            resources: { limits: { cpu: '1', memory: '1Gi' } },
            readinessProbe: { httpGet: { port: { intVal: 80 } } },
          },
        ],
        volumes: [{ name: 'scratch' }, { name: 'cfg', configMap: { name: 'cfg' } }],
      },
    };
    defaultPod(pod);
    expect(pod.spec).toEqual({
      containers: [
        {
          name: 'web',
          image: 'nginx',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } },
          readinessProbe: {
            httpGet: { port: { intVal: 80 }, path: '/', scheme: 'HTTP' },
            timeoutSeconds: 1,
            periodSeconds: 10,
            successThreshold: 1,
            failureThreshold: 3,
          },
          imagePullPolicy: 'Always',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      volumes: [
        { name: 'scratch', emptyDir: {} },
        { name: 'cfg', configMap: { name: 'cfg', defaultMode: 420 } },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      enableServiceLinks: true,
    });
  });

  it('is idempotent', () => {
    const pod: Pod__Output = { spec: { containers: [{ name: 'a', image: 'busybox:1.36' }] } };
    defaultPod(pod);
    const once = structuredClone(pod);
    defaultPod(pod);
    expect(pod).toEqual(once);
  });

  it('keeps what the client set and copies hostNetwork ports to the host', () => {
    const pod: Pod__Output = {
      spec: {
        hostNetwork: true,
        restartPolicy: 'Never',
        terminationGracePeriodSeconds: 0,
        enableServiceLinks: false,
        containers: [{ name: 'a', image: 'x:1', imagePullPolicy: 'Never', ports: [{ containerPort: 53, protocol: 'UDP' }] }],
      },
    };
    defaultPod(pod);
    expect(pod.spec?.restartPolicy).toBe('Never');
    expect(pod.spec?.terminationGracePeriodSeconds).toBe(0);
    expect(pod.spec?.enableServiceLinks).toBe(false);
    expect(pod.spec?.containers?.[0].imagePullPolicy).toBe('Never');
    expect(pod.spec?.containers?.[0].ports).toEqual([{ containerPort: 53, protocol: 'UDP', hostPort: 53 }]);
  });
});

describe('imageTag', () => {
  it.each([
    ['nginx', 'latest'],
    ['nginx:latest', 'latest'],
    ['nginx:1.25', '1.25'],
    ['registry:5000/app', 'latest'],
    ['registry:5000/app:v2', 'v2'],
    ['nginx@sha256:abc', ''],
    [`nginx@sha256:${'a'.repeat(64)}`, ''],
    [`nginx:1.25@sha256:${'a'.repeat(64)}`, '1.25'],
    ['localhost/app', 'latest'],
    // An uppercase first component names a registry host, which may be uppercase.
    ['MyRegistry/app:v1', 'v1'],
    // What does not parse has no tag: an uppercase repository, an empty tag, a bare identifier.
    ['Nginx', ''],
    ['Nginx:latest', ''],
    ['registry.example.com/MyApp', ''],
    ['nginx:', ''],
    ['', ''],
    ['a'.repeat(64), ''],
    [`nginx@sha256:${'A'.repeat(64)}`, ''],
  ])('%s has tag %j', (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });

  it.each([
    ['nginx', 'Always'],
    ['nginx:1.25', 'IfNotPresent'],
    ['Nginx', 'IfNotPresent'],
    ['registry.example.com/MyApp', 'IfNotPresent'],
  ])('gives %s the pull policy %s', (image, policy) => {
    const pod: Pod__Output = { spec: { containers: [{ name: 'a', image }] } };
    defaultPod(pod);
    expect(pod.spec?.containers?.[0].imagePullPolicy).toBe(policy);
  });
});

describe('gRPC probes', () => {
  it('default the service to "" in every probe of every container', () => {
    const grpc = { port: 9000 };
    const probes = { livenessProbe: { grpc: { ...grpc } }, readinessProbe: { grpc: { ...grpc } }, startupProbe: { grpc: { ...grpc, service: 'health' } } };
    const pod: Pod__Output = { spec: { containers: [{ name: 'a', image: 'x:1', ...structuredClone(probes) }], initContainers: [{ name: 'b', image: 'x:1', restartPolicy: 'Always', ...structuredClone(probes) }] } };
    defaultPod(pod);
    for (const c of [...pod.spec!.containers!, ...pod.spec!.initContainers!]) {
      expect([c.livenessProbe?.grpc?.service, c.readinessProbe?.grpc?.service, c.startupProbe?.grpc?.service]).toEqual(['', '', 'health']);
    }
  });
});

describe('defaultService', () => {
  it.each<[string, Service__Output['spec'], Service__Output['spec']]>([
    [
      'ClusterIP',
      { ports: [{ port: 80 }], selector: { app: 'web' } },
      {
        ports: [{ port: 80, protocol: 'TCP', targetPort: { intVal: 80 } }],
        selector: { app: 'web' },
        sessionAffinity: 'None',
        type: 'ClusterIP',
        internalTrafficPolicy: 'Cluster',
      },
    ],
    [
      'NodePort',
      { type: 'NodePort', ports: [{ port: 80, targetPort: { strVal: 'http' } }] },
      {
        type: 'NodePort',
        ports: [{ port: 80, protocol: 'TCP', targetPort: { strVal: 'http' } }],
        sessionAffinity: 'None',
        externalTrafficPolicy: 'Cluster',
        internalTrafficPolicy: 'Cluster',
      },
    ],
    [
      'ExternalName',
      { type: 'ExternalName', externalName: 'example.com' },
      { type: 'ExternalName', externalName: 'example.com', sessionAffinity: 'None' },
    ],
    // The IP family fields are the Service allocator's to settle, not defaults.
    ['headless without selector', { clusterIP: 'None' }, { clusterIP: 'None', sessionAffinity: 'None', type: 'ClusterIP', internalTrafficPolicy: 'Cluster' }],
  ])('%s', (_name, spec, want) => {
    const svc: Service__Output = { spec };
    defaultService(svc);
    expect(svc.spec).toEqual(want);
  });
});

describe('the other kinds', () => {
  it('folds stringData into data and defaults the Secret type', () => {
    const secret = { data: { a: Buffer.from('1') }, stringData: { a: '2', b: '3' } };
    defaultSecret(secret);
    expect(secret).toEqual({ type: 'Opaque', data: { a: Buffer.from('2'), b: Buffer.from('3') } });
  });

  it('makes a Namespace Active and labels it with its name', () => {
    const ns = { metadata: { name: 'team-a' } };
    defaultNamespace(ns);
    expect(ns).toEqual({ metadata: { name: 'team-a', labels: { 'kubernetes.io/metadata.name': 'team-a' } }, status: { phase: 'Active' } });
  });

  it('gives a Node allocatable from capacity and keeps podCIDR and podCIDRs in step', () => {
    const node = { spec: { podCIDR: '10.244.1.0/24' }, status: { capacity: { cpu: '4' } } };
    defaultNode(node);
    expect(node).toEqual({
      spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
      status: { capacity: { cpu: '4' }, allocatable: { cpu: '4' } },
    });
  });

  it('defaults PersistentVolumes and claims', () => {
    const pv = { spec: {} };
    defaultPersistentVolume(pv);
    expect(pv).toEqual({ spec: { persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
    const pvc = { spec: {} };
    defaultPersistentVolumeClaim(pvc);
    expect(pvc).toEqual({ spec: { volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
  });

  it('takes a ReplicationController selector and labels from its template', () => {
    const rc = { spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'x:1' }] } } } };
    defaultReplicationController(rc);
    expect(rc).toMatchObject({ metadata: { labels: { app: 'web' } }, spec: { replicas: 1, selector: { app: 'web' } } });
    expect(rc.spec.template.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' });
    expect(rc.spec.template.spec).not.toHaveProperty('enableServiceLinks');
  });

  it('keeps zero replicas', () => {
    const rc = { spec: { replicas: 0 } };
    defaultReplicationController(rc);
    expect(rc.spec.replicas).toBe(0);
  });
});
