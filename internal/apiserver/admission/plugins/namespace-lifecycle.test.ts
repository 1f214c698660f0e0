import { describe, expect, it } from 'vitest';
import type { Namespace__Output } from '../../../api/generated/skiff/core/v1/Namespace.js';
import type { AdmissionAttributes } from '../admission.js';
import { StaticObjectReader } from '../static-object-reader.js';
import { attributesFor, runPlugin } from '../test-attributes.js';
import { NAME, newNamespaceLifecycle } from './namespace-lifecycle.js';

const ns = (name: string, extra: Partial<Namespace__Output> = {}): Namespace__Output => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, ...extra.metadata },
  status: { phase: 'Active', ...extra.status },
});

const reader = new StaticObjectReader({
  namespaces: [
    ns('default'),
    ns('kube-system'),
    ns('prod'),
    ns('going', { status: { phase: 'Terminating' } }),
    ns('marked', { metadata: { name: 'marked', deletionTimestamp: '2025-01-01T00:00:00Z' } }),
  ],
});
const plugin = newNamespaceLifecycle(reader);

const pod = (namespace: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace } });

const run = (attrs: AdmissionAttributes, p = plugin) => runPlugin(p, attrs);

describe('NamespaceLifecycle', () => {
  it('is named as in Kubernetes', () => {
    expect(plugin.name).toBe(NAME);
    expect(NAME).toBe('NamespaceLifecycle');
  });

  it.each<[string, AdmissionAttributes, number | undefined, string | undefined]>([
    ['create in an active namespace', attributesFor('Pod', 'CREATE', pod('prod')), undefined, undefined],
    ['create in a missing namespace', attributesFor('Pod', 'CREATE', pod('nope')), 404, 'namespaces "nope" not found'],
    ['update in a missing namespace', attributesFor('Pod', 'UPDATE', pod('nope'), { oldObject: pod('nope') }), 404, 'namespaces "nope" not found'],
    [
      'create in a Terminating namespace',
      attributesFor('Pod', 'CREATE', pod('going')),
      403,
      'pods "web" is forbidden: unable to create new content in namespace going because it is being terminated',
    ],
    [
      'create in a namespace marked for deletion',
      attributesFor('Pod', 'CREATE', pod('marked')),
      403,
      'pods "web" is forbidden: unable to create new content in namespace marked because it is being terminated',
    ],
    ['update in a Terminating namespace', attributesFor('Pod', 'UPDATE', pod('going'), { oldObject: pod('going') }), undefined, undefined],
    ['delete in a Terminating namespace', attributesFor('Pod', 'DELETE', undefined, { oldObject: pod('going') }), undefined, undefined],
    ['delete in a missing namespace', attributesFor('Pod', 'DELETE', undefined, { oldObject: pod('nope') }), undefined, undefined],
    ['create of a namespace', attributesFor('Namespace', 'CREATE', ns('new')), undefined, undefined],
    ['create of a cluster-scoped kind', attributesFor('Node', 'CREATE', { metadata: { name: 'n1' } }), undefined, undefined],
    ['delete of an ordinary namespace', attributesFor('Namespace', 'DELETE', undefined, { oldObject: ns('prod') }), undefined, undefined],
    ['delete of default', attributesFor('Namespace', 'DELETE', undefined, { oldObject: ns('default') }), 403, 'namespaces "default" is forbidden: this namespace may not be deleted'],
    ['delete of kube-system', attributesFor('Namespace', 'DELETE', undefined, { oldObject: ns('kube-system') }), 403, 'namespaces "kube-system" is forbidden: this namespace may not be deleted'],
    ['delete of kube-public', attributesFor('Namespace', 'DELETE', undefined, { name: 'kube-public' }), 403, 'namespaces "kube-public" is forbidden: this namespace may not be deleted'],
    ['update of default', attributesFor('Namespace', 'UPDATE', ns('default'), { oldObject: ns('default') }), undefined, undefined],
  ])('%s', async (_name, attrs, code, message) => {
    const err = await run(attrs);
    expect(err?.code).toBe(code);
    expect(err?.message).toBe(message);
  });

  it('refuses a create in a terminating namespace with the NamespaceTerminating cause', async () => {
    const err = await run(attributesFor('ConfigMap', 'CREATE', { metadata: { name: 'cfg', namespace: 'going' } }));
    expect(err?.status).toMatchObject({
      reason: 'Forbidden',
      code: 403,
      message: 'configmaps "cfg" is forbidden: unable to create new content in namespace going because it is being terminated',
      details: {
        name: 'cfg',
        kind: 'configmaps',
        causes: [{ reason: 'NamespaceTerminating', message: 'namespace going is being terminated', field: 'metadata.namespace' }],
      },
    });
  });

  it('answers a missing namespace with NotFound naming the namespace', async () => {
    const err = await run(attributesFor('Pod', 'CREATE', pod('nope')));
    expect(err?.status).toMatchObject({ reason: 'NotFound', details: { name: 'nope', kind: 'namespaces' } });
  });

  it('sees a namespace as soon as the reader does', async () => {
    const list = [ns('prod')];
    const live = newNamespaceLifecycle({
      get: (resource, namespace, name) => list.find((o) => resource === 'namespaces' && namespace === '' && o.metadata?.name === name),
      list: () => list,
    });
    expect((await run(attributesFor('Pod', 'CREATE', pod('late')), live))?.code).toBe(404);
    list.push(ns('late'));
    expect(await run(attributesFor('Pod', 'CREATE', pod('late')), live)).toBeUndefined();
  });
});
