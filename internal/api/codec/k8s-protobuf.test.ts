// Kubernetes protobuf bodies of real kinds, written by hand field by field as Kubernetes' generated
// marshallers write them (every non-pointer field, set or not), decoded into internal objects.
import { describe, expect, it } from 'vitest';
import { objectFromK8sProtobuf, parseK8sEnvelope } from './k8s-protobuf.js';
import { typeFor } from './scheme.js';
import { bool, bytes, encode, entry, int, intOrString, k8sBody, msg, quantity, str, time, zeroTime, decodeErrorOf, type K8sPart } from './k8s-test-encoder.js';

/** ObjectMeta as Go writes it: every string and the generation even when empty, the zero creationTimestamp. */
function objectMeta(name: string, ...extra: K8sPart[]): K8sPart {
  return msg(1, str(1, name), str(2, ''), str(3, ''), str(4, ''), str(5, ''), str(6, ''), int(7, 0), zeroTime(8), ...extra);
}

describe('Kubernetes protobuf bodies', () => {
  it('decodes a ConfigMap as `kubectl create configmap` sends it', () => {
    const raw = encode(objectMeta('game', entry(11, 'app', 'game')), entry(2, 'lives', '3'), entry(2, 'level', 'easy'), msg(3, str(1, 'bin'), bytes(2, Buffer.from([1, 2]))));
    const { object, warnings } = objectFromK8sProtobuf(k8sBody('v1', 'ConfigMap', raw));
    expect(object).toStrictEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'game', labels: { app: 'game' } },
      data: { lives: '3', level: 'easy' },
      binaryData: { bin: Buffer.from([1, 2]) },
    });
    expect(warnings).toEqual([]);
  });

  it('decodes a Deployment: zeros Kubernetes writes for unset fields dropped, pointer zeros kept', () => {
    const probe = msg(
      10,
      msg(1, msg(2, str(1, '/healthz'), intOrString(2, 8080), str(3, ''), str(4, 'HTTP'))), // handler.httpGet, inlined
      int(2, 5), int(3, 0), int(4, 0), int(5, 0), int(6, 0),
    );
    const readiness = msg(11, msg(1, msg(3, intOrString(1, 'web'), str(2, ''))), int(2, 0), int(3, 0), int(4, 0), int(5, 0), int(6, 0));
    const container = msg(
      2,
      str(1, 'web'), str(2, 'nginx:1.27'), str(5, ''),
      msg(6, str(1, 'web'), int(2, 0), int(3, 8080), str(4, 'TCP'), str(5, '')),
      msg(8, msg(1, str(1, 'cpu'), quantity(2, '500m')), msg(1, str(1, 'memory'), quantity(2, '128Mi')), msg(2, str(1, 'cpu'), quantity(2, '250m'))),
      msg(9, str(1, 'config'), bool(2, true), str(3, '/etc/config'), str(4, '')),
      probe, readiness,
      str(13, ''), str(14, ''), bool(16, false), bool(17, false), bool(18, false), str(20, ''),
    );
    const volumes = [
      msg(1, str(1, 'config'), msg(2, msg(19, msg(1, str(1, 'web-config')), int(3, 420)))), // volumeSource.configMap, inlined
      msg(1, str(1, 'scratch'), msg(2, msg(2, str(1, 'Memory'), quantity(2, '64Mi')))), // volumeSource.emptyDir
    ];
    const podSpec = msg(2, ...volumes, container, str(3, ''), str(6, ''), str(8, ''), str(9, ''), str(10, ''), bool(11, false), bool(12, false), bool(13, false), str(16, ''), str(17, ''), str(19, ''), str(24, ''));
    const spec = msg(
      2,
      int(1, 0), // replicas: a pointer, so 0 is a value
      msg(2, entry(1, 'app', 'web')),
      msg(3, objectMeta('', entry(11, 'app', 'web')), podSpec),
      msg(4, str(1, 'RollingUpdate'), msg(2, intOrString(1, 1), intOrString(2, '25%'))),
      int(5, 0), bool(7, false),
    );
    const raw = encode(objectMeta('web', time(8, '2024-05-01T10:00:00Z')), spec, msg(3, int(1, 0), int(2, 0), int(3, 0), int(4, 0), int(5, 0)));
    const { object, warnings } = objectFromK8sProtobuf(k8sBody('apps/v1', 'Deployment', raw));
    expect(warnings).toEqual([]);
    expect(object).toStrictEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', creationTimestamp: '2024-05-01T10:00:00Z' },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            volumes: [
              { name: 'config', configMap: { name: 'web-config', defaultMode: 420 } },
              { name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
            ],
            containers: [
              {
                name: 'web',
                image: 'nginx:1.27',
                ports: [{ name: 'web', containerPort: 8080, protocol: 'TCP' }],
                resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m' } },
                volumeMounts: [{ name: 'config', readOnly: true, mountPath: '/etc/config' }],
                livenessProbe: { httpGet: { path: '/healthz', port: { intVal: 8080 }, scheme: 'HTTP' }, initialDelaySeconds: 5 },
                readinessProbe: { tcpSocket: { port: { strVal: 'web' } } },
              },
            ],
          },
        },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 1 }, maxSurge: { strVal: '25%' } } },
      },
      status: {},
    });
  });

  it('reports a Kubernetes field Skiff has no place for as a warning naming the kind, the path and the type', () => {
    const raw = encode(objectMeta('p'), msg(2, msg(2, str(1, 'c'), str(2, 'busybox')), str(99, 'something')));
    const { object, warnings } = objectFromK8sProtobuf(k8sBody('v1', 'Pod', raw));
    expect(object.metadata).toStrictEqual({ name: 'p' });
    expect(warnings).toEqual(['unknown field number 99 in Pod spec (skiff.core.v1.PodSpec) was dropped']);
  });

  it('decodes the kind the envelope names, and the expected kind when it names none', () => {
    const body = k8sBody('', '', encode(int(1, 0), str(4, 'Foreground')));
    const expected = { apiVersion: 'v1', kind: 'DeleteOptions', type: typeFor('v1', 'DeleteOptions')! };
    expect(objectFromK8sProtobuf(body, expected).object).toStrictEqual({ apiVersion: 'v1', kind: 'DeleteOptions', gracePeriodSeconds: 0, propagationPolicy: 'Foreground' });
    // client-go writes DeleteOptions in the resource's group version.
    const apps = k8sBody('apps/v1', 'DeleteOptions', encode(str(4, 'Orphan')));
    expect(objectFromK8sProtobuf(apps, expected).object).toMatchObject({ kind: 'DeleteOptions', propagationPolicy: 'Orphan' });
  });

  it('decodes an Eviction with its DeleteOptions, as `kubectl drain` sends it', () => {
    const raw = encode(objectMeta('web-1', str(3, 'default')), msg(2, int(1, 30), msg(2, str(1, 'uid-1'))));
    expect(objectFromK8sProtobuf(k8sBody('policy/v1', 'Eviction', raw)).object).toStrictEqual({
      apiVersion: 'policy/v1',
      kind: 'Eviction',
      metadata: { name: 'web-1', namespace: 'default' },
      deleteOptions: { gracePeriodSeconds: 30, preconditions: { uid: 'uid-1' } },
    });
  });

  it.each([
    ['an empty body', Buffer.alloc(0), /must start with the bytes 6b 38 73 00/],
    ['JSON', Buffer.from('{"kind":"ConfigMap"}'), /must start with the bytes 6b 38 73 00/],
    ['a truncated envelope', k8sBody('v1', 'ConfigMap', encode(objectMeta('c'))).subarray(0, 12), /malformed Kubernetes protobuf envelope/],
    ['an unknown kind', k8sBody('v1', 'Gadget', new Uint8Array(0)), /no kind "Gadget" is registered for version "v1"/],
    ['no kind at all', k8sBody('', '', new Uint8Array(0)), /Object 'Kind' is missing/],
    ['a content encoding', k8sBody('v1', 'ConfigMap', new Uint8Array(0), [str(3, 'gzip')]), /content encoding "gzip" is not supported/],
    ['a truncated object', k8sBody('v1', 'ConfigMap', encode(objectMeta('c')).subarray(0, 5)), /malformed Kubernetes protobuf ConfigMap/],
    ['a field of the wrong wire type', k8sBody('v1', 'ConfigMap', encode(int(2, 1))), /^data: Kubernetes' protobuf has wire type 0/],
  ])('refuses %s with a DecodeError', (_name, body, message) => {
    expect(decodeErrorOf(() => objectFromK8sProtobuf(body)).message).toMatch(message);
  });

  it('splits the envelope', () => {
    const env = parseK8sEnvelope(k8sBody('apps/v1', 'Deployment', Uint8Array.of(1, 2), [str(4, 'application/vnd.kubernetes.protobuf')]));
    expect({ ...env, raw: [...env.raw] }).toStrictEqual({ apiVersion: 'apps/v1', kind: 'Deployment', raw: [1, 2], contentEncoding: '', contentType: 'application/vnd.kubernetes.protobuf' });
  });
});
