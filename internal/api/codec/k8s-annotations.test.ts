// The (skiff.k8s) annotations of proto/ against the kinds Skiff serves: every field reachable from a
// served kind must say where it sits in Kubernetes' protobuf, or be exempt here with a reason, so a
// field added without one (which kubectl's protobuf bodies would then silently lose) fails a test.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType, protoRoot } from '../proto/root.js';
import { planFor, type FieldPlan } from './field-plan.js';
import { k8sFieldMapFor } from './k8s-field-map.js';

/**
 * Fields with no place in Kubernetes' protobuf, by full name, each with the reason. (apiVersion and
 * kind of a served kind need no entry: they travel in the envelope.)
 */
const EXEMPT: Readonly<Record<string, string>> = {
  // DeleteOptions is a kind of its own (a DELETE's body) that Eviction nests; Kubernetes' message has
  // no TypeMeta, which travels in the envelope when it is a body, and not at all inside an Eviction.
  'skiff.meta.v1.DeleteOptions.apiVersion': 'TypeMeta of a nested kind',
  'skiff.meta.v1.DeleteOptions.kind': 'TypeMeta of a nested kind',
};

/** Every message type reachable from a served kind, with the kinds themselves first. */
function reachableTypes(): { type: protobuf.Type; topLevel: boolean }[] {
  const out: { type: protobuf.Type; topLevel: boolean }[] = [];
  const seen = new Set<string>();
  const visit = (type: protobuf.Type, topLevel: boolean): void => {
    if (seen.has(type.fullName)) return;
    seen.add(type.fullName);
    out.push({ type, topLevel });
    for (const f of planFor(type).fields) if (f.kind === 'message') visit(f.message!().type, false);
  };
  for (const k of [...KINDS, ...SUBRESOURCE_KINDS]) visit(messageType(k.protoType), true);
  visit(messageType('skiff.meta.v1.DeleteOptions'), false);
  return out;
}

const TYPES = reachableTypes();

function fullName(type: protobuf.Type, f?: FieldPlan): string {
  return type.fullName.replace(/^\./, '') + (f ? `.${f.name}` : '');
}

describe('(skiff.k8s) annotations', () => {
  it('cover every field of every served kind, apart from the exemptions', () => {
    const missing: string[] = [];
    for (const { type, topLevel } of TYPES) {
      for (const f of planFor(type).fields) {
        if (topLevel && (f.name === 'apiVersion' || f.name === 'kind')) continue;
        if (EXEMPT[fullName(type, f)] !== undefined) continue;
        if (f.field.options?.['(skiff.k8s)'] === undefined) missing.push(fullName(type, f));
      }
    }
    expect(missing).toEqual([]);
  });

  it('list no exemption for a field that is annotated or gone', () => {
    const fields = new Map(TYPES.flatMap(({ type }) => planFor(type).fields.map((f) => [fullName(type, f), f] as const)));
    const stale = Object.keys(EXEMPT).filter((name) => fields.get(name) === undefined || fields.get(name)!.field.options?.['(skiff.k8s)'] !== undefined);
    expect(stale).toEqual([]);
  });

  it('build a field map for every type without two fields on one Kubernetes number', () => {
    const broken: string[] = [];
    for (const { type } of TYPES) {
      try {
        k8sFieldMapFor(type);
      } catch (err) {
        broken.push((err as Error).message);
      }
    }
    expect(broken).toEqual([]);
  });

  it('mark every time-named string field with (skiff.k8s_wire) = "time"', () => {
    const unmarked: string[] = [];
    for (const { type } of TYPES) {
      for (const f of planFor(type).fields) {
        const timeNamed = /(Time|Timestamp)$/.test(f.name) || ['time', 'startedAt', 'finishedAt'].includes(f.name);
        if (timeNamed && f.kind === 'string' && f.field.options?.['(skiff.k8s_wire)'] !== 'time') unmarked.push(fullName(type, f));
      }
    }
    expect(unmarked).toEqual([]);
  });
});

/** Every message type in proto/, served or not. */
function allTypes(ns: protobuf.NamespaceBase = protoRoot()): protobuf.Type[] {
  return ns.nestedArray.flatMap((n) => {
    const own = n instanceof protobuf.Type ? [n] : [];
    return n instanceof protobuf.Namespace ? [...own, ...allTypes(n)] : own;
  });
}

describe('(skiff.k8s_omitempty) marks', () => {
  // Kubernetes' non-pointer `omitempty` fields are plain strings, bools and integers; a mark on
  // anything else would drop a value Kubernetes meant (an empty list, a zero Time), or nothing.
  const PLAIN_SCALARS: ReadonlySet<string> = new Set(['string', 'bool', 'int32', 'uint32', 'int64', 'uint64']);

  it('sit only on singular plain scalars that have a place in Kubernetes\' protobuf', () => {
    const wrong: string[] = [];
    for (const type of allTypes()) {
      for (const f of planFor(type).fields) {
        const options = f.field.options;
        if (options?.['(skiff.k8s_omitempty)'] === undefined) continue;
        const fits =
          options['(skiff.k8s_omitempty)'] === true &&
          !f.repeated &&
          !f.map &&
          PLAIN_SCALARS.has(f.kind) &&
          options['(skiff.k8s)'] !== undefined &&
          options['(skiff.k8s_wire)'] === undefined;
        if (!fits) wrong.push(fullName(type, f));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reach the field map, so the transcoder drops those zeros', () => {
    const pod = k8sFieldMapFor(messageType('skiff.core.v1.PodSpec'));
    const leaf = (name: string) => [...pod.entries.values()].find((e) => e.kind === 'field' && e.field.name === name);
    expect(leaf('hostNetwork')).toMatchObject({ zeroIsUnset: true });
    expect(leaf('automountServiceAccountToken')).toMatchObject({ zeroIsUnset: false });
  });
});
