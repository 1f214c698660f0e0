/**
 * Predicate: a list's or watch's namespace, label selector and field selector, compiled once and
 * evaluated against objects. Field selectors accept only the fields the kind declares (plus
 * `metadata.name` and `metadata.namespace`), with a 400 for any other, as Kubernetes answers.
 */
import { newBadRequest, type KindInfo, type KubeObject } from '../../api/index.js';
import { parseFieldSelector, type FieldSelector } from '../../api/fields/index.js';
import { parseSelector, type Selector } from '../../api/labels/index.js';
import type { Strategy } from './strategy.js';

/** A compiled filter, usable as a watch filter. */
export interface Predicate {
  matches(obj: KubeObject): boolean;
  /** True when it selects every object of the namespace. */
  readonly empty: boolean;
  /** The value an indexed field is pinned to (pods: `spec.nodeName=X`), for the cache's watcher index. */
  readonly indexValue?: string;
}

/** The field watchers of a kind are indexed by, if any. */
export const INDEXED_FIELDS: Readonly<Record<string, string>> = { pods: 'spec.nodeName' };

/** Compiles the selectors of a request. */
export function buildPredicate(
  info: KindInfo,
  strategy: Strategy,
  namespace: string,
  labelSelector: string | undefined,
  fieldSelector: string | undefined,
): Predicate {
  let labels: Selector | undefined;
  if (labelSelector) {
    const parsed = parseSelector(labelSelector);
    if (!parsed.ok) throw newBadRequest(parsed.error);
    if (!parsed.selector.empty()) labels = parsed.selector;
  }
  let fields: FieldSelector | undefined;
  if (fieldSelector) {
    const parsed = parseFieldSelector(fieldSelector);
    if (!parsed.ok) throw newBadRequest(parsed.error);
    if (!parsed.selector.empty()) fields = parsed.selector;
  }
  if (fields) {
    const allowed = new Set(['metadata.name', 'metadata.namespace', ...(strategy.fieldLabels ?? [])]);
    for (const r of fields.requirements()) {
      if (!allowed.has(r.field)) {
        throw newBadRequest(`"${r.field}" is not a known field selector: only "${[...allowed].join('", "')}"`);
      }
    }
  }
  const ns = info.namespaced ? namespace : '';
  const selectFields = fields;
  const selectLabels = labels;
  const indexField = INDEXED_FIELDS[info.resource];
  return {
    empty: !labels && !fields,
    indexValue: indexField && fields ? fields.requiresExactMatch(indexField) : undefined,
    matches(obj: KubeObject): boolean {
      const meta = obj.metadata;
      if (ns !== '' && meta?.namespace !== ns) return false;
      if (selectLabels && !selectLabels.matches(meta?.labels)) return false;
      if (selectFields) {
        let extra: Record<string, string> | undefined;
        return selectFields.matches((f) => {
          if (f === 'metadata.name') return meta?.name ?? '';
          if (f === 'metadata.namespace') return meta?.namespace ?? '';
          extra ??= strategy.selectableFields?.(obj) ?? {};
          return extra[f] ?? '';
        });
      }
      return true;
    },
  };
}
