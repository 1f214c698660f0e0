import { describe, expect, it } from 'vitest';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { Toleration__Output } from '../../../api/generated/skiff/core/v1/Toleration.js';
import { attributesFor, runPlugin } from '../test-attributes.js';
import { NAME, newDefaultTolerationSeconds } from './default-toleration-seconds.js';
import { StaticObjectReader } from '../static-object-reader.js';

const plugin = newDefaultTolerationSeconds(new StaticObjectReader());

const notReady: Toleration__Output = { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
const unreachable: Toleration__Output = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
const gpu: Toleration__Output = { key: 'gpu', operator: 'Exists', effect: 'NoSchedule' };

const pod = (tolerations?: Toleration__Output[]): Pod__Output => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'prod' },
  spec: { containers: [{ name: 'c', image: 'x' }], ...(tolerations ? { tolerations } : {}) },
});

describe('DefaultTolerationSeconds', () => {
  it('is named as in Kubernetes', () => {
    expect(plugin.name).toBe(NAME);
    expect(NAME).toBe('DefaultTolerationSeconds');
  });

  it.each<[string, Toleration__Output[] | undefined, Toleration__Output[]]>([
    ['none', undefined, [notReady, unreachable]],
    ['an unrelated one', [gpu], [gpu, notReady, unreachable]],
    ['not-ready for 10s', [{ ...notReady, tolerationSeconds: 10 }], [{ ...notReady, tolerationSeconds: 10 }, unreachable]],
    ['unreachable forever', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }], [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }, notReady]],
    ['not-ready for every effect', [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }], [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }, unreachable]],
    ['not-ready for NoSchedule only', [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }], [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }, notReady, unreachable]],
    ['every taint (empty key, Exists)', [{ operator: 'Exists' }], [{ operator: 'Exists' }]],
    ['every NoExecute taint', [{ operator: 'Exists', effect: 'NoExecute' }], [{ operator: 'Exists', effect: 'NoExecute' }]],
    ['both already', [unreachable, notReady], [unreachable, notReady]],
  ])('a pod tolerating %s', async (_name, given, want) => {
    const attrs = attributesFor('Pod', 'CREATE', pod(given));
    expect(await runPlugin(plugin, attrs)).toBeUndefined();
    expect((attrs.object as Pod__Output).spec?.tolerations).toEqual(want);
  });

  it('adds them back on an update that left them out, so the update stays valid', async () => {
    const attrs = attributesFor('Pod', 'UPDATE', pod([gpu]), { oldObject: pod([gpu, notReady, unreachable]) });
    await runPlugin(plugin, attrs);
    expect((attrs.object as Pod__Output).spec?.tolerations).toEqual([gpu, notReady, unreachable]);
  });

  it.each([
    ['a pod subresource', attributesFor('Pod', 'CREATE', pod(), { subresource: 'binding' })],
    ['another kind', attributesFor('ConfigMap', 'CREATE', { metadata: { name: 'c', namespace: 'prod' } })],
  ])('leaves %s alone', async (_name, attrs) => {
    const before = JSON.stringify(attrs.object);
    await runPlugin(plugin, attrs);
    expect(JSON.stringify(attrs.object)).toBe(before);
  });
});
