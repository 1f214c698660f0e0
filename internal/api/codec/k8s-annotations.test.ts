// The (skiff.k8s) annotations of proto/ against the kinds Skiff serves: every field reachable from a
// served kind must say where it sits in Kubernetes' protobuf, or be exempt here with a reason, so a
// field added without one (which kubectl's protobuf bodies would then silently lose) fails a test.
import { describe, expect, it } from 'vitest';
import type protobuf from 'protobufjs';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType } from '../proto/root.js';
import { planFor, type FieldPlan } from './field-plan.js';
import { k8sFieldMapFor } from './k8s-field-map.js';
import { zeroIsUnsetFields } from './k8s-zero-values.js';

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

describe('the zero-is-unset list', () => {
  it('names singular scalar fields that exist', () => {
    const wrong = zeroIsUnsetFields().filter(([typeName, field]) => {
      const f = planFor(messageType(typeName)).byName.get(field);
      return f === undefined || f.repeated || f.map || f.kind === 'message' || f.kind === 'intOrString';
    });
    expect(wrong).toEqual([]);
  });
});
