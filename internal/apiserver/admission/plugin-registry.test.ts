import { describe, expect, it } from 'vitest';
import type { Pod__Output } from '../../api/generated/skiff/core/v1/Pod.js';
import { ADMISSION_PLUGINS, DEFAULT_ADMISSION_PLUGINS, defaultAdmissionChain, newAdmissionChain } from './plugin-registry.js';
import { StaticObjectReader } from './static-object-reader.js';
import { attributesFor } from './test-attributes.js';

const reader = new StaticObjectReader({
  namespaces: [{ metadata: { name: 'prod' }, status: { phase: 'Active' } }],
  serviceaccounts: [{ metadata: { name: 'default', namespace: 'prod' } }],
});

describe('the admission plugin registry', () => {
  it('runs the default plugins in Kubernetes order', () => {
    expect(DEFAULT_ADMISSION_PLUGINS).toEqual(['NamespaceLifecycle', 'ServiceAccount', 'Priority', 'DefaultTolerationSeconds', 'DefaultStorageClass']);
    expect(defaultAdmissionChain(reader).plugins.map((p) => p.name)).toEqual(DEFAULT_ADMISSION_PLUGINS);
  });

  it('knows every default plugin by name', () => {
    for (const name of DEFAULT_ADMISSION_PLUGINS) expect(ADMISSION_PLUGINS.has(name)).toBe(true);
  });

  it('orders a chosen subset as Kubernetes would, whatever order it is named in', () => {
    const chain = newAdmissionChain(['DefaultStorageClass', 'NamespaceLifecycle'], reader);
    expect(chain.plugins.map((p) => p.name)).toEqual(['NamespaceLifecycle', 'DefaultStorageClass']);
  });

  it('refuses an unknown plugin', () => {
    expect(() => newAdmissionChain(['NamespaceLifecycle', 'AlwaysPullImages'], reader)).toThrow(
      /^unknown admission plugin\(s\): AlwaysPullImages \(known: NamespaceLifecycle, /,
    );
  });

  it('admits a plain pod into a complete spec', async () => {
    const chain = defaultAdmissionChain(reader);
    const attrs = attributesFor('Pod', 'CREATE', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'prod' }, spec: {} });
    await chain.admit(attrs);
    await chain.validate(attrs);
    expect((attrs.object as Pod__Output).spec).toEqual({
      serviceAccountName: 'default',
      serviceAccount: 'default',
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
  });

  it('refuses a pod in a missing namespace before anything else looks at it', () => {
    const attrs = attributesFor('Pod', 'CREATE', { metadata: { name: 'web', namespace: 'nope' }, spec: { priorityClassName: 'gold' } });
    // Every built-in plugin is synchronous, so the refusal is thrown at once.
    expect(() => defaultAdmissionChain(reader).admit(attrs)).toThrow('namespaces "nope" not found');
  });
});
