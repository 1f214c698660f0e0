import { describe, expect, it } from 'vitest';
import { defaultService } from '../../defaults/core/index.js';
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../generated/skiff/core/v1/ServiceSpec.js';
import type { SecurityContext__Output } from '../../generated/skiff/core/v1/SecurityContext.js';
import { FieldPath, GO_ADDRESS_PATTERN } from '../index.js';
import {
  validateNode,
  validateNodeUpdate,
  validatePersistentVolume,
  validatePersistentVolumeClaim,
  validatePersistentVolumeUpdate,
  validateService,
  validateServiceUpdate,
} from './index.js';
import { validateSecurityContext } from './security-context.js';

// What a client sees when core validation reports a whole struct, list or map: Go's %#v of
// Kubernetes' internal types, with set pointers as addresses (0x… here; they differ from run to
// run in Kubernetes too), never Skiff's JSON.
const messages = (errs: readonly { toString(): string }[]): string[] => errs.map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'));

describe('a container security context that contradicts itself', () => {
  const path = FieldPath.root('spec', 'containers').index(0).child('securityContext');
  const nil = (type: string) => `(*${type})(nil)`;
  const printed = (fields: Record<string, string>) => {
    const all: [string, string][] = [
      ['Capabilities', nil('core.Capabilities')],
      ['Privileged', nil('bool')],
      ['SELinuxOptions', nil('core.SELinuxOptions')],
      ['WindowsOptions', nil('core.WindowsSecurityContextOptions')],
      ['RunAsUser', nil('int64')],
      ['RunAsGroup', nil('int64')],
      ['RunAsNonRoot', nil('bool')],
      ['ReadOnlyRootFilesystem', nil('bool')],
      ['AllowPrivilegeEscalation', nil('bool')],
      ['ProcMount', nil('core.ProcMountType')],
      ['SeccompProfile', nil('core.SeccompProfile')],
      ['AppArmorProfile', nil('core.AppArmorProfile')],
    ];
    return `core.SecurityContext{${all.map(([k, v]) => `${k}:${fields[k] ?? v}`).join(', ')}}`;
  };

  it.each<[string, SecurityContext__Output, string[]]>([
    ['privileged without escalation', { privileged: true, allowPrivilegeEscalation: false }, [
      `${path}: Invalid value: ${printed({ Privileged: '(*bool)(0x…)', AllowPrivilegeEscalation: '(*bool)(0x…)' })}: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
    ]],
    ['CAP_SYS_ADMIN without escalation, once per time it is added', { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN', 'CAP_SYS_ADMIN'] } }, [
      `${path}: Invalid value: ${printed({ Capabilities: '(*core.Capabilities)(0x…)', AllowPrivilegeEscalation: '(*bool)(0x…)' })}: cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`,
      `${path}: Invalid value: ${printed({ Capabilities: '(*core.Capabilities)(0x…)', AllowPrivilegeEscalation: '(*bool)(0x…)' })}: cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`,
    ]],
    ['a localhost profile for another seccomp type', { seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'p.json' } }, [
      `${path}.seccompProfile.localhostProfile: Invalid value: core.SeccompProfile{Type:"RuntimeDefault", LocalhostProfile:(*string)(0x…)}: can only be set when seccomp type is Localhost`,
    ]],
  ])('%s', (_name, sc, expected) => {
    expect(messages(validateSecurityContext(sc, true, path))).toEqual(expected);
  });

  it('reports one *SecurityContext: every error of it shows the same addresses', () => {
    const errs = validateSecurityContext({ privileged: true, allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } }, true, path);
    const [a, b] = errs.map((e) => String(e).match(GO_ADDRESS_PATTERN));
    expect(a).toEqual(b);
  });
});

describe('PersistentVolumes and claims', () => {
  const pv = (spec: Record<string, unknown>) => ({ spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' }, hostPath: { path: '/data', type: '' }, ...spec } });
  const affinity = (host: string) => ({
    required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [host] }] }] },
  });

  it('prints a changed node affinity as the core.VolumeNodeAffinity it is', () => {
    expect(messages(validatePersistentVolumeUpdate(pv({ nodeAffinity: affinity('b') }), pv({ nodeAffinity: affinity('a') })))).toEqual([
      'nodeAffinity: Invalid value: core.VolumeNodeAffinity{Required:(*core.NodeSelector)(0x…)}: field is immutable, except for updating from beta label to GA',
    ]);
    expect(messages(validatePersistentVolumeUpdate(pv({}), pv({ nodeAffinity: affinity('a') })))).toEqual([
      'nodeAffinity: Invalid value: null: field is immutable, except for updating from beta label to GA',
    ]);
  });

  it('prints a capacity of other resources as the core.ResourceList it is', () => {
    const q = (i: string, s: string, format: string) => `resource.Quantity{i:resource.int64Amount{${i}}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"${s}", Format:"${format}"}`;
    expect(messages(validatePersistentVolume(pv({ capacity: { storage: '1Gi', cpu: '500m' } })))).toEqual([
      `spec.capacity: Unsupported value: core.ResourceList{"cpu":${q('value:500, scale:-3', '500m', 'DecimalSI')}, "storage":${q('value:1073741824, scale:0', '1Gi', 'BinarySI')}}: supported values: "storage"`,
    ]);
  });

  it('prints a conflicting dataSource as the *field.Path Kubernetes passes', () => {
    const claim = (dataSourceRef: Record<string, unknown>) => ({
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef },
    });
    expect(messages(validatePersistentVolumeClaim(claim({ kind: 'PersistentVolumeClaim', name: 'b' })))).toEqual([
      'spec: Invalid value: field.Path{name:"dataSource", index:"", parent:(*field.Path)(0x…)}: must match dataSourceRef',
    ]);
  });
});

describe('duplicates Kubernetes reports as the whole item', () => {
  it('prints a repeated taint as a core.Taint', () => {
    const taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
    expect(messages(validateNode({ spec: { taints: [taint, { ...taint, value: 'cpu' }, { ...taint, timeAdded: '2025-01-01T00:00:00Z' }] } }))).toEqual([
      'metadata.taints[1]: Duplicate value: core.Taint{Key:"dedicated", Value:"cpu", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair',
      'metadata.taints[2]: Duplicate value: core.Taint{Key:"dedicated", Value:"gpu", Effect:"NoSchedule", TimeAdded:(*v1.Time)(0x…)}: taints must be unique by key and effect pair',
    ]);
  });

  it('prints a repeated node address as a core.NodeAddress', () => {
    const address = { type: 'InternalIP', address: '10.0.0.2' };
    expect(messages(validateNodeUpdate({ status: { addresses: [address, address] } }, {}))).toEqual([
      'status.addresses[1]: Duplicate value: core.NodeAddress{Type:"InternalIP", Address:"10.0.0.2"}',
    ]);
  });
});

describe('Services', () => {
  const svc = (spec: ServiceSpec__Output): Service__Output => {
    const s: Service__Output = { metadata: { name: 's', namespace: 'default' }, spec };
    defaultService(s);
    return s;
  };

  it('prints a repeated port as the core.ServicePort key Kubernetes builds from protocol and port', () => {
    expect(messages(validateService(svc({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] })))).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });

  it('prints changed IP families as a []core.IPFamily', () => {
    const spec = (ipFamilies: string[]): ServiceSpec__Output => ({ clusterIP: 'None', clusterIPs: ['None'], ipFamilies, ports: [{ port: 80 }] });
    const old = svc({ ...spec(['IPv4']), clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'] });
    const changed = svc({ ...spec(['IPv6']), clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'] });
    expect(messages(validateServiceUpdate(changed, old)).filter((m) => m.startsWith('spec.ipFamilies'))).toEqual([
      'spec.ipFamilies[0]: Invalid value: []core.IPFamily{"IPv6"}: may not change once set',
    ]);
  });
});
