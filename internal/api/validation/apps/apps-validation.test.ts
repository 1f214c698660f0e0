import { describe, expect, it } from 'vitest';
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import type { ReplicaSet__Output } from '../../generated/skiff/apps/v1/ReplicaSet.js';
import type { StatefulSet__Output } from '../../generated/skiff/apps/v1/StatefulSet.js';
import type { DaemonSet__Output } from '../../generated/skiff/apps/v1/DaemonSet.js';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from '../../defaults/apps/index.js';
import {
  validateControllerRevision,
  validateControllerRevisionUpdate,
  validateDaemonSet,
  validateDaemonSetUpdate,
  validateDeployment,
  validateDeploymentStatusUpdate,
  validateDeploymentUpdate,
  validateReplicaSet,
  validateReplicaSetStatusUpdate,
  validateStatefulSet,
  validateStatefulSetUpdate,
} from './index.js';
import type { FieldError } from '../index.js';

const messages = (errs: FieldError[]): string[] => errs.map((e) => e.toString());

function podTemplate(labels: Record<string, string> = { app: 'web' }) {
  return { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
}

function deployment(mutate: (d: Deployment__Output) => void = () => {}): Deployment__Output {
  const d: Deployment__Output = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() },
  };
  mutate(d);
  defaultDeployment(d);
  return d;
}

describe('validateDeployment', () => {
  it('accepts a defaulted Deployment', () => {
    expect(messages(validateDeployment(deployment()))).toEqual([]);
  });

  it.each<[string, (d: Deployment__Output) => void, string[]]>([
    ['negative replicas', (d) => (d.spec!.replicas = -1), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    ['missing selector', (d) => delete d.spec!.selector, [
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]],
    ['empty selector', (d) => (d.spec!.selector = {}), ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment']],
    ['template labels not selected', (d) => (d.spec!.template!.metadata!.labels = { app: 'x' }), [
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]],
    ['restartPolicy OnFailure', (d) => (d.spec!.template!.spec!.restartPolicy = 'OnFailure'), [
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    ]],
    ['activeDeadlineSeconds in the template', (d) => (d.spec!.template!.spec!.activeDeadlineSeconds = 5), [
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
    ]],
    ['unknown strategy', (d) => (d.spec!.strategy = { type: 'Blue' }), [
      'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"Blue", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
    ]],
    ['Recreate with rollingUpdate', (d) => (d.spec!.strategy = { type: 'Recreate', rollingUpdate: {} }), [
      "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    ]],
    ['both bounds zero', (d) => (d.spec!.strategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { strVal: '0%' } } }), [
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
    ]],
    ['negative maxSurge', (d) => (d.spec!.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: { intVal: -1 } } }), [
      'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
    ]],
    ['bad percentage', (d) => (d.spec!.strategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '25' } } }), [
      "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ]],
    ['maxUnavailable above 100%', (d) => (d.spec!.strategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '101%' } } }), [
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"101%"}: must not be greater than 100%',
    ]],
    ['negative revisionHistoryLimit', (d) => (d.spec!.revisionHistoryLimit = -1), [
      'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
    ]],
    ['progress deadline not above minReadySeconds', (d) => Object.assign(d.spec!, { minReadySeconds: 600, progressDeadlineSeconds: 600 }), [
      'spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds',
    ]],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(messages(validateDeployment(deployment(mutate)))).toEqual(expected);
  });

  it('keeps the selector immutable on update', () => {
    const old = deployment();
    const d = deployment((x) => {
      x.spec!.selector = { matchLabels: { app: 'web', tier: 'front' } };
      x.spec!.template!.metadata!.labels = { app: 'web', tier: 'front' };
    });
    expect(messages(validateDeploymentUpdate(d, old))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"front"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
    expect(messages(validateDeploymentUpdate(deployment((x) => (x.spec!.replicas = 5)), old))).toEqual([]);
  });

  it('checks status counters on a status update', () => {
    const old = deployment();
    const d = deployment();
    d.status = { replicas: 2, readyReplicas: 3, availableReplicas: 3, collisionCount: 0 };
    old.status = { collisionCount: 1 };
    expect(messages(validateDeploymentStatusUpdate(d, old))).toEqual([
      'status.readyReplicas: Invalid value: 3: cannot be greater than status.replicas',
      'status.availableReplicas: Invalid value: 3: cannot be greater than status.replicas',
      'status.collisionCount: Invalid value: 0: cannot be decremented',
    ]);
  });
});

describe('validateReplicaSet', () => {
  const rs = (mutate: (r: ReplicaSet__Output) => void = () => {}): ReplicaSet__Output => {
    const r: ReplicaSet__Output = { metadata: { name: 'web-1' }, spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate() } };
    mutate(r);
    defaultReplicaSet(r);
    return r;
  };

  it('accepts a defaulted ReplicaSet', () => {
    expect(messages(validateReplicaSet(rs()))).toEqual([]);
  });

  it('words the empty selector as Kubernetes does', () => {
    expect(messages(validateReplicaSet(rs((r) => (r.spec!.selector = {}))))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('checks that partial counts stay within replicas', () => {
    const r = rs();
    r.status = { replicas: 1, fullyLabeledReplicas: 2, readyReplicas: 1, availableReplicas: 1 };
    expect(messages(validateReplicaSetStatusUpdate(r, rs()))).toEqual([
      'status.fullyLabeledReplicas: Invalid value: 2: cannot be greater than status.replicas',
    ]);
  });
});

describe('validateStatefulSet', () => {
  const ss = (mutate: (s: StatefulSet__Output) => void = () => {}): StatefulSet__Output => {
    const s: StatefulSet__Output = {
      metadata: { name: 'db' },
      spec: { serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: podTemplate({ app: 'db' }) },
    };
    mutate(s);
    defaultStatefulSet(s);
    return s;
  };

  it('accepts a defaulted StatefulSet, with or without a serviceName', () => {
    expect(messages(validateStatefulSet(ss()))).toEqual([]);
    expect(messages(validateStatefulSet(ss((s) => delete s.spec!.serviceName)))).toEqual([]);
  });

  it.each<[string, (s: StatefulSet__Output) => void, string[]]>([
    ['a name that is not a DNS label', (s) => (s.metadata!.name = 'db.v1'), [
      'metadata.name: Invalid value: "db.v1": must not contain dots',
    ]],
    ['an unknown podManagementPolicy', (s) => (s.spec!.podManagementPolicy = 'Burst'), [
      "spec.podManagementPolicy: Invalid value: \"Burst\": must be 'OrderedReady' or 'Parallel'",
    ]],
    ['an unknown updateStrategy', (s) => (s.spec!.updateStrategy = { type: 'Later' }), [
      "spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:\"Later\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be 'RollingUpdate' or 'OnDelete'",
    ]],
    ['a negative partition', (s) => (s.spec!.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: -1 } }), [
      'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
    ]],
    ['an unknown retention policy', (s) => (s.spec!.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Keep', whenScaled: 'Retain' }), [
      'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"',
    ]],
    ['an empty selector', (s) => (s.spec!.selector = {}), ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset']],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(messages(validateStatefulSet(ss(mutate)))).toEqual(expected);
  });

  it('lets an update change only the mutable fields', () => {
    const old = ss();
    const scaled = ss((s) => Object.assign(s.spec!, { replicas: 3, minReadySeconds: 5, revisionHistoryLimit: 2 }));
    expect(messages(validateStatefulSetUpdate(scaled, old))).toEqual([]);
    expect(messages(validateStatefulSetUpdate(ss((s) => (s.spec!.serviceName = 'other')), old))).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});

describe('validateDaemonSet', () => {
  const ds = (mutate: (d: DaemonSet__Output) => void = () => {}): DaemonSet__Output => {
    const d: DaemonSet__Output = { metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: podTemplate({ app: 'agent' }) } };
    mutate(d);
    defaultDaemonSet(d);
    return d;
  };

  it('accepts a defaulted DaemonSet', () => {
    expect(messages(validateDaemonSet(ds()))).toEqual([]);
  });

  it.each<[string, (d: DaemonSet__Output) => void, string[]]>([
    ['a missing selector', (d) => delete d.spec!.selector, [
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"agent"}: `selector` does not match template `labels`',
    ]],
    ['surge and unavailability together', (d) => (d.spec!.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 1 }, maxSurge: { intVal: 1 } } }), [
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero',
    ]],
    ['neither surge nor unavailability', (d) => (d.spec!.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { intVal: 0 } } }), [
      'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0',
    ]],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(messages(validateDaemonSet(ds(mutate)))).toEqual(expected);
  });

  it('keeps the selector immutable on update', () => {
    const changed = ds((d) => (d.spec!.selector = { matchExpressions: [{ key: 'app', operator: 'Exists' }] }));
    expect(messages(validateDaemonSetUpdate(changed, ds()))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Exists", Values:[]string(nil)}}}: field is immutable',
    ]);
  });
});

describe('validateControllerRevision', () => {
  it.each([
    ['1000 levels of arrays', `${'['.repeat(1000)}${']'.repeat(1000)}`, []],
    ['1001 levels of arrays', `${'['.repeat(1001)}${']'.repeat(1001)}`, ['data: Invalid value: "<omitted>": must not be nested more than 1000 levels']],
    ['6000 levels of objects and arrays', `${'{"a":['.repeat(3000)}${']}'.repeat(3000)}`, ['data: Invalid value: "<omitted>": must not be nested more than 1000 levels']],
    ['brackets inside strings', JSON.stringify({ s: '['.repeat(5000), t: 'say \\"[[[\\"' + '{'.repeat(2000) }), []],
    ['an escaped quote does not end a string', `["\\"${'['.repeat(2000)}"]`, []],
  ])('refuses data nested deeper than 1000 levels: %s', (_name, data, want) => {
    expect(messages(validateControllerRevision({ data, revision: 1 }))).toEqual(want);
  });

  it('requires data and a non-negative revision, and keeps data immutable', () => {
    expect(messages(validateControllerRevision({ data: '{}', revision: 1 }))).toEqual([]);
    expect(messages(validateControllerRevision({ revision: -1 }))).toEqual([
      'data: Required value: data is mandatory',
      'revision: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(messages(validateControllerRevisionUpdate({ data: '{"a":1}', revision: 1 }, { data: '{}', revision: 1 }))).toEqual([
      // The internal type holds data as a *runtime.Unknown whose Raw is the JSON's bytes.
      'data: Invalid value: runtime.Unknown{TypeMeta:runtime.TypeMeta{APIVersion:"", Kind:""}, Raw:[]uint8{0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d}, ContentEncoding:"", ContentType:"application/json"}: field is immutable',
    ]);
  });
});
