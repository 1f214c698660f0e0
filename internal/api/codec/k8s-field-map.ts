/**
 * K8sFieldMap: where each field of a Skiff message sits in Kubernetes' own protobuf encoding, read
 * once per type from the `(skiff.k8s)`, `(skiff.k8s_wire)` and `(skiff.k8s_omitempty)` field
 * options and cached. It is a trie keyed by Kubernetes field numbers: a plain number leads to a
 * Skiff field; a dotted path ("1.2") makes Kubernetes' field 1 an inline node (a message
 * Kubernetes nests but its JSON inlines, as Probe.handler) whose field 2 is the Skiff field, so the
 * transcoder reads that nested message into the same Skiff message.
 */
import type protobuf from 'protobufjs';
import { planFor, type FieldPlan, type ValueKind } from './field-plan.js';

/** The `(skiff.k8s_wire)` marks: how Kubernetes' protobuf carries a value Skiff holds as a string. */
export type K8sWireMark = 'time' | 'quantity' | 'duration' | 'raw';

const WIRE_MARKS: ReadonlySet<string> = new Set<K8sWireMark>(['time', 'quantity', 'duration', 'raw']);

/** A Kubernetes field number that lands on a Skiff field. */
export interface K8sLeaf {
  readonly kind: 'field';
  readonly field: FieldPlan;
  /** The wire conversion, when Kubernetes' shape differs from Skiff's (IntOrString is its own kind). */
  readonly wire?: K8sWireMark;
  /** The `(skiff.k8s)` annotation, for messages. */
  readonly k8s: string;
  /**
   * Kubernetes writes this scalar even when unset, so its zero value means absent: the field is marked
   * `(skiff.k8s_omitempty)` or `(skiff.k8s_always) = "zero"` (a Go value either way; only its JSON differs).
   */
  readonly zeroIsUnset: boolean;
}

/** A Kubernetes field number that holds an inlined message, read into the same Skiff message. */
export interface K8sInline {
  readonly kind: 'inline';
  readonly node: K8sNode;
}

/** What a Kubernetes field number leads to. */
export type K8sEntry = K8sLeaf | K8sInline;

/** One Kubernetes message: a Skiff type, or a message inlined into one. */
export interface K8sNode {
  /** The Skiff message the fields of this node are written to. */
  readonly type: protobuf.Type;
  /** The Kubernetes field numbers leading to this node ("" for the type itself, "2" for an inline node). */
  readonly prefix: string;
  readonly entries: ReadonlyMap<number, K8sEntry>;
}

/** Thrown when a type's annotations contradict each other: a bug in proto/, never in a request. */
export class K8sAnnotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'K8sAnnotationError';
  }
}

const maps = new WeakMap<protobuf.Type, K8sNode>();

const MAX_FIELD_NUMBER = 536_870_911;

/** The value kinds `(skiff.k8s_omitempty)` may mark: Kubernetes' plain `omitempty` scalars. */
const OMITEMPTY_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(['string', 'bool', 'int32', 'uint32', 'int64', 'uint64']);

/** The Kubernetes field map of a Skiff message type (built once, then cached); throws K8sAnnotationError on bad annotations. */
export function k8sFieldMapFor(type: protobuf.Type): K8sNode {
  const existing = maps.get(type);
  if (existing) return existing;
  const root = newNode(type, '');
  const typeName = type.fullName.replace(/^\./, '');
  for (const field of planFor(type).fields) {
    const k8s = field.field.options?.['(skiff.k8s)'];
    if (k8s === undefined) continue;
    const where = `${typeName}.${field.name}`;
    if (typeof k8s !== 'string' || !/^\d+(\.\d+)*$/.test(k8s)) {
      throw new K8sAnnotationError(`${where}: (skiff.k8s) = ${JSON.stringify(k8s)} is not a field number or a dot path of them`);
    }
    const numbers = k8s.split('.').map(Number);
    if (numbers.some((n) => n < 1 || n > MAX_FIELD_NUMBER)) throw new K8sAnnotationError(`${where}: (skiff.k8s) = "${k8s}" has a field number out of range`);
    const wire = wireMark(field, where);
    insert(root, numbers, { kind: 'field', field, wire, k8s, zeroIsUnset: zeroIsUnset(field, wire, where) }, where);
  }
  maps.set(type, root);
  return root;
}

function newNode(type: protobuf.Type, prefix: string): K8sNode {
  return { type, prefix, entries: new Map() };
}

function insert(root: K8sNode, numbers: number[], leaf: K8sLeaf, where: string): void {
  let node = root;
  for (let i = 0; i < numbers.length - 1; i++) {
    const n = numbers[i]!;
    const entries = node.entries as Map<number, K8sEntry>;
    let next = entries.get(n);
    if (next === undefined) {
      next = { kind: 'inline', node: newNode(root.type, numbers.slice(0, i + 1).join('.')) };
      entries.set(n, next);
    }
    if (next.kind !== 'inline') {
      throw new K8sAnnotationError(`${where}: (skiff.k8s) = "${leaf.k8s}" goes through field ${n}, which is already the field ${next.field.name}`);
    }
    node = next.node;
  }
  const last = numbers[numbers.length - 1]!;
  const entries = node.entries as Map<number, K8sEntry>;
  const taken = entries.get(last);
  if (taken !== undefined) {
    const other = taken.kind === 'field' ? `the field ${taken.field.name}` : 'a message inlined by other fields';
    throw new K8sAnnotationError(`${where}: (skiff.k8s) = "${leaf.k8s}" is already ${other}`);
  }
  entries.set(last, leaf);
}

function wireMark(field: FieldPlan, where: string): K8sWireMark | undefined {
  const mark = field.field.options?.['(skiff.k8s_wire)'];
  if (mark === undefined) return undefined;
  if (typeof mark !== 'string' || !WIRE_MARKS.has(mark)) {
    throw new K8sAnnotationError(`${where}: (skiff.k8s_wire) = ${JSON.stringify(mark)} is not one of time, quantity, duration, raw`);
  }
  if (field.kind !== 'string' && field.kind !== 'rawJson') {
    throw new K8sAnnotationError(`${where}: (skiff.k8s_wire) = "${mark}" needs a string field (or a map of strings), not ${field.kind}`);
  }
  return mark as K8sWireMark;
}

function zeroIsUnset(field: FieldPlan, wire: K8sWireMark | undefined, where: string): boolean {
  const mark = field.field.options?.['(skiff.k8s_omitempty)'];
  if (mark === undefined) return field.always === 'zero';
  if (typeof mark !== 'boolean') throw new K8sAnnotationError(`${where}: (skiff.k8s_omitempty) = ${JSON.stringify(mark)} is not true or false`);
  if (mark && (field.repeated || field.map || wire !== undefined || !OMITEMPTY_KINDS.has(field.kind))) {
    const shape = field.map ? 'a map' : field.repeated ? 'a repeated field' : wire !== undefined ? `a ${wire}` : field.kind;
    throw new K8sAnnotationError(`${where}: (skiff.k8s_omitempty) needs a singular string, bool or integer field, not ${shape}`);
  }
  return mark;
}
