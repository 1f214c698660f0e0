import { describe, expect, it } from 'vitest';
import { defaultPod } from '../../defaults/core/index.js';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import { validateBinding, validatePod, validatePodStatusUpdate, validatePodUpdate } from './index.js';

/** A defaulted pod built from a spec, as the registry validates it. */
function pod(spec: PodSpec__Output): Pod__Output {
  const p: Pod__Output = { metadata: { name: 'p', namespace: 'default' }, spec };
  defaultPod(p);
  return p;
}

const web = { name: 'web', image: 'nginx:1.25' };
const messages = (p: Pod__Output): string[] => validatePod(p).map(String);

describe('validatePod', () => {
  it.each<[string, PodSpec__Output]>([
    ['one container', { containers: [web] }],
    [
      'ports, env, mounts, probes and resources',
      {
        containers: [
          {
            ...web,
            ports: [{ name: 'http', containerPort: 80 }],
            env: [
              { name: 'MODE', value: 'prod' },
              { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
              { name: 'CFG', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } },
            ],
            volumeMounts: [{ name: 'data', mountPath: '/data' }],
            livenessProbe: { httpGet: { port: { strVal: 'http' } } },
            resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1', memory: '128Mi' } },
          },
        ],
        initContainers: [{ name: 'init', image: 'busybox:1.36' }],
        volumes: [{ name: 'data', emptyDir: {} }],
        tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
            },
          },
        },
      },
    ],
    [
      'env names and an envFrom prefix the relaxed rule (on in 1.32) allows',
      {
        containers: [
          {
            ...web,
            env: [
              { name: '1FOO', value: 'x' },
              { name: 'MY VAR', value: 'y' },
            ],
            envFrom: [{ prefix: '1_', configMapRef: { name: 'cfg' } }],
          },
        ],
      },
    ],
  ])('accepts %s', (_name, spec) => {
    expect(messages(pod(spec))).toEqual([]);
  });

  it.each<[string, PodSpec__Output, string[]]>([
    ['no containers', {}, ['spec.containers: Required value']],
    ['a container without image', { containers: [{ name: 'web' }] }, ['spec.containers[0].image: Required value']],
    [
      'a bad container name',
      { containers: [{ ...web, name: 'Web' }] },
      [
        `spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    [
      'duplicate names across init and regular containers',
      { containers: [web, web], initContainers: [{ ...web }] },
      ['spec.containers[1].name: Duplicate value: "web"', 'spec.initContainers[0].name: Duplicate value: "web"'],
    ],
    [
      'bad ports',
      { containers: [{ ...web, ports: [{ containerPort: 70000, protocol: 'HTTP' }, { containerPort: 0 }] }] },
      [
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        'spec.containers[0].ports[1].containerPort: Required value',
      ],
    ],
    [
      'a bad env var name and two value sources',
      {
        containers: [
          {
            ...web,
            env: [
              { name: 'a=b', value: 'x' },
              { name: 'TWO', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } },
            ],
          },
        ],
      },
      [
        `spec.containers[0].env[0].name: Invalid value: "a=b": a valid environment variable name must consist only of printable ASCII characters other than '='`,
        'spec.containers[0].env[1].valueFrom: Invalid value: "": may not have more than one field specified at a time',
      ],
    ],
    [
      'an empty env name (Required only) and non-ASCII names and prefixes',
      {
        containers: [
          {
            ...web,
            env: [{ name: 'OK' }, { name: 'tab\there' }, { name: '' }, { name: 'caf\u00e9' }],
            envFrom: [{ prefix: 'x=', secretRef: { name: 's' } }],
          },
        ],
      },
      [
        `spec.containers[0].env[1].name: Invalid value: "tab\\there": a valid environment variable name must consist only of printable ASCII characters other than '='`,
        'spec.containers[0].env[2].name: Required value',
        `spec.containers[0].env[3].name: Invalid value: "café": a valid environment variable name must consist only of printable ASCII characters other than '='`,
        `spec.containers[0].envFrom[0].prefix: Invalid value: "x=": a valid environment variable name must consist only of printable ASCII characters other than '='`,
      ],
    ],
    [
      'a configMapKeyRef key keeps the config-key rule',
      { containers: [{ ...web, env: [{ name: 'K', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a b' } } }] }] },
      [
        `spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
      ],
    ],
    [
      'requests above limits',
      { containers: [{ ...web, resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }] },
      ['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    ],
    [
      'an unparseable quantity',
      { containers: [{ ...web, resources: { limits: { memory: 'lots' } } }] },
      [
        "spec.containers[0].resources.limits[memory]: Invalid value: \"lots\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
        // Defaulting copied the limit into requests, so it is reported there too.
        "spec.containers[0].resources.requests[memory]: Invalid value: \"lots\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      ],
    ],
    [
      'a mount of a missing volume',
      { containers: [{ ...web, volumeMounts: [{ name: 'data', mountPath: '' }] }] },
      ['spec.containers[0].volumeMounts[0].name: Not found: "data"', 'spec.containers[0].volumeMounts[0].mountPath: Required value'],
    ],
    [
      'duplicate volumes and two sources in one',
      { containers: [web], volumes: [{ name: 'v', emptyDir: {} }, { name: 'v', emptyDir: {}, hostPath: { path: '/tmp' } }] },
      ['spec.volumes[1].hostPath: Forbidden: may not specify more than 1 volume type', 'spec.volumes[1].name: Duplicate value: "v"'],
    ],
    [
      'a probe with two handlers and a bad threshold',
      { containers: [{ ...web, livenessProbe: { exec: { command: ['true'] }, tcpSocket: { port: { intVal: 80 } }, successThreshold: 2 } }] },
      [
        'spec.containers[0].livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
        'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
      ],
    ],
    [
      'a probe without a handler',
      { containers: [{ ...web, readinessProbe: { periodSeconds: -1 } }] },
      [
        'spec.containers[0].readinessProbe: Required value: must specify a handler type',
        'spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0',
      ],
    ],
    [
      'bad policies and deadlines',
      { containers: [web], restartPolicy: 'Sometimes', dnsPolicy: 'Google', terminationGracePeriodSeconds: 30, activeDeadlineSeconds: 0 },
      [
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
        'spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
        'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
      ],
    ],
    [
      'bad tolerations',
      {
        containers: [web],
        tolerations: [
          { key: 'k', operator: 'Exists', value: 'v' },
          { operator: 'Equal', value: 'v' },
          { key: 'k', operator: 'Equal', effect: 'Sometimes' },
          { key: 'k', operator: 'Equal', effect: 'NoSchedule', tolerationSeconds: 10 },
        ],
      },
      [
        "spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'",
        'spec.tolerations[1].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
        'spec.tolerations[2].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
        "spec.tolerations[3].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
      ],
    ],
    [
      'a node affinity term without values',
      {
        containers: [web],
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In' }] }] },
          },
        },
      },
      [
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      ],
    ],
    [
      'a bad node selector label',
      { containers: [web], nodeSelector: { 'a/b/c': 'x' } },
      [
        "spec.nodeSelector: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    ],
  ])('rejects %s', (_name, spec, want) => {
    expect(messages(pod(spec))).toEqual(want);
  });

  it('requires a grace period (defaulting always sets one)', () => {
    const p: Pod__Output = { spec: { containers: [{ ...web, imagePullPolicy: 'IfNotPresent', terminationMessagePolicy: 'File' }], restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' } };
    expect(validatePod(p).map(String)).toEqual(['spec.terminationGracePeriodSeconds: Required value']);
  });
});

describe('validatePodUpdate', () => {
  const old = pod({ containers: [web], activeDeadlineSeconds: 100, tolerations: [{ key: 'a', operator: 'Exists' }] });

  it.each<[string, (p: Pod__Output) => void]>([
    ['a new image', (p) => (p.spec!.containers![0].image = 'nginx:1.26')],
    ['a shorter deadline', (p) => (p.spec!.activeDeadlineSeconds = 50)],
    ['an added toleration', (p) => p.spec!.tolerations!.push({ key: 'b', operator: 'Exists' })],
  ])('allows %s', (_name, change) => {
    const p = structuredClone(old);
    change(p);
    expect(validatePodUpdate(p, old).map(String)).toEqual([]);
  });

  it('forbids other spec changes with Kubernetes message', () => {
    const p = structuredClone(old);
    p.spec!.restartPolicy = 'Never';
    const errs = validatePodUpdate(p, old).map(String);
    expect(errs).toHaveLength(1);
    expect(errs[0].split('\n')[0]).toBe(
      'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
  });

  it('shows a changed int-or-string in the diff as Kubernetes writes it, not as Skiff holds it', () => {
    const withProbe = structuredClone(old);
    withProbe.spec!.containers![0].readinessProbe = { tcpSocket: { port: { intVal: 8080 } } };
    const p = structuredClone(withProbe);
    p.spec!.containers![0].readinessProbe = { tcpSocket: { port: { strVal: 'http' } } };
    const [diff] = validatePodUpdate(p, withProbe).map((e) => String(e).split('\n').slice(1).join('\n'));
    expect(diff).toContain('"tcpSocket":{"port":8080}');
    expect(diff).toContain('"tcpSocket":{"port":"http"}');
    expect(diff).not.toMatch(/intVal|strVal/);
  });

  it.each<[string, (p: Pod__Output) => void, string[]]>([
    ['a longer deadline', (p) => (p.spec!.activeDeadlineSeconds = 200), ['spec.activeDeadlineSeconds: Invalid value: 200: must be less than or equal to previous value']],
    ['a removed toleration', (p) => (p.spec!.tolerations = []), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']],
    ['an added container', (p) => p.spec!.containers!.push({ ...p.spec!.containers![0], name: 'two' }), ['spec.containers: Forbidden: pod updates may not add or remove containers']],
  ])('rejects %s', (_name, change, want) => {
    const p = structuredClone(old);
    change(p);
    expect(validatePodUpdate(p, old).map(String)).toEqual(want);
  });

  // A pod still gated from scheduling may gain node selector entries, never lose or change them.
  const gated = pod({ containers: [web], schedulingGates: [{ name: 'example.com/quota' }], nodeSelector: { disk: 'ssd' } });
  it.each<[string, PodSpec__Output['nodeSelector'], string[]]>([
    ['an added entry', { disk: 'ssd', zone: 'a' }, []],
    ['a changed entry', { disk: 'hdd' }, ['spec.nodeSelector: Invalid value: map[string]string{"disk":"hdd"}: only additions to spec.nodeSelector are allowed (no mutations or deletions)']],
    ['a removed selector', undefined, ['spec.nodeSelector: Invalid value: map[string]string(nil): only additions to spec.nodeSelector are allowed (no mutations or deletions)']],
  ])('a gated pod: %s', (_name, nodeSelector, want) => {
    const p = structuredClone(gated);
    p.spec!.nodeSelector = nodeSelector;
    expect(validatePodUpdate(p, gated).map(String)).toEqual(want);
  });
});

describe('validatePodStatusUpdate', () => {
  it('keeps the QoS class and checks pod IPs', () => {
    const old = pod({ containers: [web] });
    old.status = { phase: 'Pending', qosClass: 'BestEffort' };
    const next = structuredClone(old);
    next.status = { phase: 'Running', qosClass: 'Burstable', podIPs: [{ ip: '10.0.0.1' }, { ip: 'nope' }] };
    expect(validatePodStatusUpdate(next, old).map(String)).toEqual([
      'status.qosClass: Invalid value: "Burstable": field is immutable',
      'status.podIPs[1]: Invalid value: "nope": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      'status.podIPs: Invalid value: []core.PodIP{core.PodIP{IP:"10.0.0.1"}, core.PodIP{IP:"nope"}}: may specify no more than one IP for each IP family',
    ]);
  });
});

describe('validateBinding', () => {
  it('requires a node target', () => {
    expect(validateBinding({ target: { kind: 'Node', name: 'n1' } })).toEqual([]);
    expect(validateBinding({ target: { kind: 'Pod' } }).map(String)).toEqual([
      'target.kind: Unsupported value: "Pod": supported values: "Node", "<empty>"',
      'target.name: Required value',
    ]);
  });
});
