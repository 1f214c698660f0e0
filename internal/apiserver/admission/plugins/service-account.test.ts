import { describe, expect, it } from 'vitest';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../../api/generated/skiff/core/v1/PodSpec.js';
import { StaticObjectReader } from '../static-object-reader.js';
import { attributesFor, runPlugin } from '../test-attributes.js';
import { NAME, newServiceAccount } from './service-account.js';

const sa = (namespace: string, name: string) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });
const reader = new StaticObjectReader({ serviceaccounts: [sa('prod', 'default'), sa('prod', 'builder'), sa('other', 'robot')] });
const plugin = newServiceAccount(reader);

const pod = (spec: PodSpec__Output = {}, annotations?: Record<string, string>): Pod__Output => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'prod', ...(annotations ? { annotations } : {}) },
  spec: { containers: [{ name: 'c', image: 'x' }], ...spec },
});

const MIRROR = { 'kubernetes.io/config.mirror': 'abc' };

describe('ServiceAccount', () => {
  it('is named as in Kubernetes', () => {
    expect(plugin.name).toBe(NAME);
    expect(NAME).toBe('ServiceAccount');
  });

  it.each<[string, PodSpec__Output, Partial<PodSpec__Output>]>([
    ['none named: default', {}, { serviceAccountName: 'default', serviceAccount: 'default' }],
    ['an existing account', { serviceAccountName: 'builder' }, { serviceAccountName: 'builder', serviceAccount: 'builder' }],
    ['only the deprecated field', { serviceAccount: 'builder' }, { serviceAccountName: 'builder', serviceAccount: 'builder' }],
    ['both fields: the new one wins', { serviceAccountName: 'builder', serviceAccount: 'default' }, { serviceAccountName: 'builder', serviceAccount: 'builder' }],
  ])('admits a pod naming %s', async (_name, spec, want) => {
    const attrs = attributesFor('Pod', 'CREATE', pod(spec));
    expect(await runPlugin(plugin, attrs)).toBeUndefined();
    expect((attrs.object as Pod__Output).spec).toMatchObject(want);
  });

  it.each<[string, Pod__Output, string]>([
    ['a missing account', pod({ serviceAccountName: 'ghost' }), 'pods "web" is forbidden: error looking up service account prod/ghost: serviceaccount "ghost" not found'],
    ['an account of another namespace', pod({ serviceAccountName: 'robot' }), 'pods "web" is forbidden: error looking up service account prod/robot: serviceaccount "robot" not found'],
    ['a mirror pod naming an account', pod({ serviceAccountName: 'builder' }, MIRROR), 'pods "web" is forbidden: a mirror pod may not reference service accounts'],
  ])('refuses %s with 403', async (_name, p, message) => {
    const err = await runPlugin(plugin, attributesFor('Pod', 'CREATE', p));
    expect(err?.status).toMatchObject({ code: 403, reason: 'Forbidden', message });
  });

  it('refuses a pod in a namespace without its default account', async () => {
    const attrs = attributesFor('Pod', 'CREATE', { ...pod(), metadata: { name: 'web', namespace: 'empty' } });
    expect((await runPlugin(plugin, attrs))?.message).toBe(
      'pods "web" is forbidden: error looking up service account empty/default: serviceaccount "default" not found',
    );
  });

  it('does not default a mirror pod', async () => {
    const attrs = attributesFor('Pod', 'CREATE', pod({}, MIRROR));
    expect(await runPlugin(plugin, attrs)).toBeUndefined();
    expect((attrs.object as Pod__Output).spec?.serviceAccountName).toBeUndefined();
  });

  it('catches an account changed by a later mutating plugin', async () => {
    const attrs = attributesFor('Pod', 'CREATE', pod());
    await plugin.admit?.(attrs);
    (attrs.object as Pod__Output).spec!.serviceAccountName = 'ghost';
    await expect(Promise.resolve().then(() => plugin.validate?.(attrs))).rejects.toThrow('serviceaccount "ghost" not found');
  });

  it.each([
    ['updates', attributesFor('Pod', 'UPDATE', pod({ serviceAccountName: 'ghost' }), { oldObject: pod() })],
    ['subresources', attributesFor('Pod', 'CREATE', pod({ serviceAccountName: 'ghost' }), { subresource: 'binding' })],
  ])('leaves %s alone', async (_name, attrs) => {
    expect(await runPlugin(plugin, attrs)).toBeUndefined();
  });
});
