import { describe, expect, it } from 'vitest';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../../api/generated/skiff/core/v1/PodSpec.js';
import type { PriorityClass__Output } from '../../../api/generated/skiff/scheduling/v1/PriorityClass.js';
import { StaticObjectReader } from '../static-object-reader.js';
import { attributesFor, runPlugin } from '../test-attributes.js';
import { NAME, newPriority, SYSTEM_PRIORITY_CLASSES } from './priority.js';

const pc = (name: string, value: number, extra: Partial<PriorityClass__Output> = {}): PriorityClass__Output => ({
  apiVersion: 'scheduling.k8s.io/v1',
  kind: 'PriorityClass',
  metadata: { name },
  value,
  ...extra,
});

const pod = (spec: PodSpec__Output = {}): Pod__Output => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'prod' },
  spec: { containers: [{ name: 'c', image: 'x' }], ...spec },
});

const classes = [pc('high', 1000), pc('never', 500, { preemptionPolicy: 'Never' })];
const withDefault = [...classes, pc('standard', 100, { globalDefault: true })];

describe('Priority on pod create', () => {
  it('is named as in Kubernetes', () => {
    expect(newPriority(new StaticObjectReader()).name).toBe(NAME);
    expect(NAME).toBe('Priority');
  });

  it.each<[string, PriorityClass__Output[], PodSpec__Output, Partial<PodSpec__Output>]>([
    ['a named class', classes, { priorityClassName: 'high' }, { priorityClassName: 'high', priority: 1000, preemptionPolicy: 'PreemptLowerPriority' }],
    ['a class that never preempts', classes, { priorityClassName: 'never' }, { priority: 500, preemptionPolicy: 'Never' }],
    ['no class and no default', classes, {}, { priority: 0, preemptionPolicy: 'PreemptLowerPriority' }],
    ['no class with a global default', withDefault, {}, { priorityClassName: 'standard', priority: 100, preemptionPolicy: 'PreemptLowerPriority' }],
    ['system-cluster-critical without the object', [], { priorityClassName: 'system-cluster-critical' }, { priority: 2000000000 }],
    ['system-node-critical without the object', [], { priorityClassName: 'system-node-critical' }, { priority: 2000001000 }],
    ['a matching priority given by the pod', classes, { priorityClassName: 'high', priority: 1000 }, { priority: 1000 }],
    ['a matching preemption policy given by the pod', classes, { priorityClassName: 'never', preemptionPolicy: 'Never' }, { preemptionPolicy: 'Never' }],
  ])('resolves %s', async (_name, stored, spec, want) => {
    const attrs = attributesFor('Pod', 'CREATE', pod(spec));
    expect(await runPlugin(newPriority(new StaticObjectReader({ priorityclasses: stored })), attrs)).toBeUndefined();
    expect((attrs.object as Pod__Output).spec).toMatchObject(want);
  });

  it('prefers the lowest value when a race left several global defaults', async () => {
    const stored = [pc('a', 300, { globalDefault: true }), pc('b', 200, { globalDefault: true })];
    const attrs = attributesFor('Pod', 'CREATE', pod());
    await runPlugin(newPriority(new StaticObjectReader({ priorityclasses: stored })), attrs);
    expect((attrs.object as Pod__Output).spec).toMatchObject({ priorityClassName: 'b', priority: 200 });
  });

  it.each<[string, PodSpec__Output, string]>([
    ['an unknown class', { priorityClassName: 'gold' }, 'pods "web" is forbidden: no PriorityClass with name gold was found'],
    [
      'a priority that disagrees with the class',
      { priorityClassName: 'high', priority: 5 },
      'pods "web" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name',
    ],
    [
      'a priority without a class',
      { priority: 7 },
      'pods "web" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name',
    ],
    [
      'a preemption policy that disagrees with the class',
      { priorityClassName: 'never', preemptionPolicy: 'PreemptLowerPriority' },
      'pods "web" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name',
    ],
  ])('refuses %s with 403', async (_name, spec, message) => {
    const err = await runPlugin(newPriority(new StaticObjectReader({ priorityclasses: classes })), attributesFor('Pod', 'CREATE', pod(spec)));
    expect(err?.status).toMatchObject({ code: 403, reason: 'Forbidden', message });
  });

  it('keeps the stored priority on an update that leaves it out', async () => {
    const old = pod({ priorityClassName: 'high', priority: 1000, preemptionPolicy: 'PreemptLowerPriority' });
    const attrs = attributesFor('Pod', 'UPDATE', pod({ priorityClassName: 'high' }), { oldObject: old });
    expect(await runPlugin(newPriority(new StaticObjectReader()), attrs)).toBeUndefined();
    expect((attrs.object as Pod__Output).spec).toMatchObject({ priority: 1000, preemptionPolicy: 'PreemptLowerPriority' });
  });

  it('leaves subresources alone', async () => {
    const attrs = attributesFor('Pod', 'CREATE', pod({ priorityClassName: 'gold' }), { subresource: 'binding' });
    expect(await runPlugin(newPriority(new StaticObjectReader()), attrs)).toBeUndefined();
  });

  it('ships the two system classes', () => {
    expect(SYSTEM_PRIORITY_CLASSES.map((c) => [c.metadata?.name, c.value])).toEqual([
      ['system-node-critical', 2000001000],
      ['system-cluster-critical', 2000000000],
    ]);
  });
});

describe('Priority on PriorityClass writes', () => {
  const reader = new StaticObjectReader({ priorityclasses: withDefault });

  it.each<[string, 'CREATE' | 'UPDATE', PriorityClass__Output, string | undefined]>([
    ['a second default', 'CREATE', pc('other', 1, { globalDefault: true }), 'priorityclasses.scheduling.k8s.io "other" is forbidden: PriorityClass standard is already marked as default. Only one default can exist'],
    ['another class made default', 'UPDATE', pc('high', 1000, { globalDefault: true }), 'priorityclasses.scheduling.k8s.io "high" is forbidden: PriorityClass standard is already marked as default. Only one default can exist'],
    ['the default itself updated', 'UPDATE', pc('standard', 100, { globalDefault: true }), undefined],
    ['a class that is not default', 'CREATE', pc('low', 1), undefined],
  ])('%s', async (_name, operation, obj, message) => {
    const attrs = attributesFor('PriorityClass', operation, obj, operation === 'UPDATE' ? { oldObject: obj } : {});
    const err = await runPlugin(newPriority(reader), attrs);
    expect(err?.message).toBe(message);
  });

  it('allows the first default', async () => {
    const attrs = attributesFor('PriorityClass', 'CREATE', pc('first', 1, { globalDefault: true }));
    expect(await runPlugin(newPriority(new StaticObjectReader({ priorityclasses: classes })), attrs)).toBeUndefined();
  });
});
