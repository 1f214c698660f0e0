import { describe, expect, it } from 'vitest';
import type { DaemonSet__Output } from '../../generated/skiff/apps/v1/DaemonSet.js';
import type { DaemonSetUpdateStrategy__Output } from '../../generated/skiff/apps/v1/DaemonSetUpdateStrategy.js';
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import type { DeploymentStrategy__Output } from '../../generated/skiff/apps/v1/DeploymentStrategy.js';
import type { StatefulSet__Output } from '../../generated/skiff/apps/v1/StatefulSet.js';
import type { StatefulSetUpdateStrategy__Output } from '../../generated/skiff/apps/v1/StatefulSetUpdateStrategy.js';
import { defaultDaemonSet, defaultDeployment, defaultStatefulSet } from '../../defaults/apps/index.js';
import { type FieldError, GO_ADDRESS_PATTERN } from '../index.js';
import { validateDaemonSet, validateDeployment, validateStatefulSet } from './index.js';

// What a client sees when apps validation reports a whole strategy or an int-or-string: Go's %#v
// of Kubernetes' internal types, with set pointers as addresses (shown here as 0x…, as they differ
// from run to run in Kubernetes too), never Skiff's own JSON or its {intVal}/{strVal} form.
const messages = (errs: readonly FieldError[]): string[] => errs.map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'));

const template = (app: string) => ({ metadata: { labels: { app } }, spec: { containers: [{ name: app, image: 'nginx:1.27' }] } });

function deployment(strategy: DeploymentStrategy__Output): Deployment__Output {
  const d: Deployment__Output = { metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template: template('web'), strategy } };
  defaultDeployment(d);
  return d;
}

function statefulSet(updateStrategy: StatefulSetUpdateStrategy__Output): StatefulSet__Output {
  const s: StatefulSet__Output = { metadata: { name: 'db' }, spec: { selector: { matchLabels: { app: 'db' } }, template: template('db'), updateStrategy } };
  defaultStatefulSet(s);
  return s;
}

function daemonSet(updateStrategy: DaemonSetUpdateStrategy__Output): DaemonSet__Output {
  const d: DaemonSet__Output = { metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: template('agent'), updateStrategy } };
  defaultDaemonSet(d);
  return d;
}

describe('a Deployment strategy Kubernetes reports whole', () => {
  it.each<[string, DeploymentStrategy__Output, string[]]>([
    ['an unknown type', { type: 'Foo' }, [
      'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"Foo", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
    ]],
    ['an unknown type with rolling update parameters', { type: 'Foo', rollingUpdate: { maxSurge: { strVal: '150%' } } }, [
      'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"Foo", RollingUpdate:(*apps.RollingUpdateDeployment)(0x…)}: supported values: "Recreate", "RollingUpdate"',
    ]],
    ['maxUnavailable above 100%', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '150%' } } }, [
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    ]],
    ['a maxSurge that is no percentage', { type: 'RollingUpdate', rollingUpdate: { maxSurge: { strVal: 'lots' } } }, [
      "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"lots\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ]],
    ['zero and zero percent', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '0%' }, maxSurge: { intVal: 0 } } }, [
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: may not be 0 when `maxSurge` is 0',
    ]],
  ])('%s', (_name, strategy, expected) => {
    expect(messages(validateDeployment(deployment(strategy)))).toEqual(expected);
  });
});

describe('a StatefulSet update strategy Kubernetes reports whole', () => {
  it.each<[string, StatefulSetUpdateStrategy__Output, string[]]>([
    ['OnDelete with a partition', { type: 'OnDelete', rollingUpdate: { partition: 2 } }, [
      "spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:2, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'",
    ]],
    ['OnDelete with maxUnavailable', { type: 'OnDelete', rollingUpdate: { maxUnavailable: { intVal: 2 } } }, [
      "spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:0, MaxUnavailable:(*intstr.IntOrString)(0x…)}: only allowed for updateStrategy 'RollingUpdate'",
    ]],
    ['an unknown type with rolling update parameters', { type: 'Later', rollingUpdate: { partition: 1 } }, [
      "spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:\"Later\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(0x…)}: must be 'RollingUpdate' or 'OnDelete'",
    ]],
    ['a zero maxUnavailable', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '0%' } } }, [
      'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: cannot be 0',
    ]],
  ])('%s', (_name, strategy, expected) => {
    expect(messages(validateStatefulSet(statefulSet(strategy)))).toEqual(expected);
  });
});

describe('a DaemonSet update strategy Kubernetes reports whole', () => {
  it.each<[string, DaemonSetUpdateStrategy__Output, string[]]>([
    ['an unknown type', { type: 'Sometimes' }, [
      'spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:"Sometimes", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: "RollingUpdate", "OnDelete"',
    ]],
    ['an unknown type with rolling update parameters', { type: 'Sometimes', rollingUpdate: { maxSurge: { intVal: 1 } } }, [
      'spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:"Sometimes", RollingUpdate:(*apps.RollingUpdateDaemonSet)(0x…)}: supported values: "RollingUpdate", "OnDelete"',
    ]],
    ['maxSurge above 100%', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { strVal: '200%' } } }, [
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"200%"}: must not be greater than 100%',
    ]],
  ])('%s', (_name, strategy, expected) => {
    expect(messages(validateDaemonSet(daemonSet(strategy)))).toEqual(expected);
  });
});
