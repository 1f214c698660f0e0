import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { initIPFamilyFields } from './service-ip-families.js';

const svc = (spec: ServiceSpec__Output): Service__Output => ({
  metadata: { name: 'web', namespace: 'default' },
  spec: { type: 'ClusterIP', ports: [{ port: 80 }], ...spec },
});

const families = (s: Service__Output) => ({ ipFamilyPolicy: s.spec?.ipFamilyPolicy, ipFamilies: s.spec?.ipFamilies });

describe('initIPFamilyFields on create', () => {
  it.each<[string, ServiceSpec__Output, string, string[]]>([
    ['a ClusterIP Service', { selector: { app: 'web' } }, 'SingleStack', ['IPv4']],
    ['a Service naming its address', { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }, 'SingleStack', ['IPv4']],
    ['a headless Service with a selector', { clusterIP: 'None', clusterIPs: ['None'], selector: { app: 'web' } }, 'SingleStack', ['IPv4']],
    ['a headless Service without a selector', { clusterIP: 'None', clusterIPs: ['None'] }, 'RequireDualStack', ['IPv4', 'IPv6']],
    ['one asking for IPv6 first', { clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv6'] }, 'RequireDualStack', ['IPv6', 'IPv4']],
    ['one single-stack by choice', { clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack' }, 'SingleStack', ['IPv4']],
    ['PreferDualStack', { ipFamilyPolicy: 'PreferDualStack' }, 'PreferDualStack', ['IPv4']],
  ])('settles %s', (_name, spec, policy, want) => {
    const s = svc(spec);
    expect(initIPFamilyFields(s, undefined)).toEqual([]);
    expect(families(s)).toEqual({ ipFamilyPolicy: policy, ipFamilies: want });
  });

  it('leaves an ExternalName Service alone', () => {
    const s = svc({ type: 'ExternalName', externalName: 'example.com' });
    expect(initIPFamilyFields(s, undefined)).toEqual([]);
    expect(families(s)).toEqual({ ipFamilyPolicy: undefined, ipFamilies: undefined });
  });

  it.each<[string, ServiceSpec__Output, string[]]>([
    ['a malformed clusterIP', { clusterIP: 'abc', clusterIPs: ['abc'] }, ['spec.clusterIPs[0]: Invalid value: "abc": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
    ['clusterIPs without clusterIP', { clusterIPs: ['10.0.0.5'] }, ['spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: must be empty when `clusterIP` is not specified']],
    [
      'an unknown policy',
      { ipFamilyPolicy: 'Whatever' },
      ['spec.ipFamilyPolicy: Unsupported value: "Whatever": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"'],
    ],
    ['an IPv6 address', { clusterIP: 'fd00::1', clusterIPs: ['fd00::1'] }, ['spec.clusterIPs[0]: Invalid value: []string{"fd00::1"}: IPv6 is not configured on this cluster']],
    ['dual-stack required', { ipFamilyPolicy: 'RequireDualStack' }, ['spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services']],
    ['IPv6', { ipFamilies: ['IPv6'] }, ['spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster']],
    [
      'both families under SingleStack',
      { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4', 'IPv6'] },
      ['spec.ipFamilyPolicy: Invalid value: "SingleStack": must be \'RequireDualStack\' or \'PreferDualStack\' when multiple IP families are specified'],
    ],
  ])('refuses %s with the allocator\'s own errors', (_name, spec, want) => {
    expect(initIPFamilyFields(svc(spec), undefined).map(String)).toEqual(want);
  });
});

describe('initIPFamilyFields on update', () => {
  const stored = (spec: ServiceSpec__Output): Service__Output => {
    const s = svc(spec);
    initIPFamilyFields(s, undefined);
    return s;
  };

  it.each<[string, ServiceSpec__Output, ServiceSpec__Output, string, string[]]>([
    [
      'the policy of a PreferDualStack Service',
      { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'], ipFamilyPolicy: 'PreferDualStack' },
      { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] },
      'PreferDualStack',
      ['IPv4'],
    ],
    [
      'the SingleStack choice of a headless Service without a selector',
      { clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack' },
      { clusterIP: 'None', clusterIPs: ['None'] },
      'SingleStack',
      ['IPv4'],
    ],
    [
      'both families of a headless Service without a selector',
      { clusterIP: 'None', clusterIPs: ['None'] },
      { clusterIP: 'None', clusterIPs: ['None'] },
      'RequireDualStack',
      ['IPv4', 'IPv6'],
    ],
  ])('keeps %s when the update leaves the fields out', (_name, oldSpec, spec, policy, want) => {
    const next = svc(spec);
    expect(initIPFamilyFields(next, stored(oldSpec))).toEqual([]);
    expect(families(next)).toEqual({ ipFamilyPolicy: policy, ipFamilies: want });
  });

  it('drops the secondary family of an unchanged list when the update asks for SingleStack', () => {
    const old = stored({ clusterIP: 'None', clusterIPs: ['None'] });
    const next = svc({ clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4', 'IPv6'] });
    expect(initIPFamilyFields(next, old)).toEqual([]);
    expect(next.spec?.ipFamilies).toEqual(['IPv4']);
  });

  it('refuses to drop the secondary family under every other policy', () => {
    const old = stored({ clusterIP: 'None', clusterIPs: ['None'] });
    const next = svc({ clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4'] });
    expect(initIPFamilyFields(next, old).map(String)).toEqual([
      'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": must be \'SingleStack\' to release the secondary IP family',
    ]);
  });
});
