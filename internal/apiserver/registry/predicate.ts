/**
 * Predicate: a list's or watch's namespace, label selector and field selector, compiled once and
 * evaluated against objects. Every field selector term first goes through the kind's field-label
 * conversion, as Kubernetes' list handler runs ConvertFieldLabel: a label the kind does not accept
 * is a 400 whose message is the conversion's error, verbatim.
 */
import { newBadRequest, type KindInfo, type KubeObject } from '../../api/index.js';
import { parseAndTransformFieldSelector, type FieldSelector, type TransformFunc } from '../../api/fields/index.js';
import { parseSelector, type Selector } from '../../api/labels/index.js';
import { goQuote } from '../../api/validation/index.js';
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
    const parsed = parseAndTransformFieldSelector(fieldSelector, fieldLabelConversion(strategy));
    if (!parsed.ok) throw newBadRequest(parsed.error);
    if (!parsed.selector.empty()) fields = parsed.selector;
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

/**
 * The field-label conversion of a kind: its own list (with its legacy aliases and its wording of a
 * refusal) when the strategy declares one, else Kubernetes' DefaultMetaV1FieldSelectorConversion,
 * which knows only `metadata.name` and `metadata.namespace`.
 */
export function fieldLabelConversion(strategy: Strategy): TransformFunc {
  const labels = strategy.fieldLabels;
  if (labels === undefined) {
    return (field, value) =>
      field === 'metadata.name' || field === 'metadata.namespace'
        ? { field, value }
        : { error: `${goQuote(field)} is not a known field selector: only "metadata.name", "metadata.namespace"` };
  }
  const accepted = new Set(labels);
  const aliases = strategy.fieldLabelAliases ?? {};
  return (field, value) => {
    if (Object.hasOwn(aliases, field)) return { field: aliases[field], value };
    if (accepted.has(field)) return { field, value };
    return { error: strategy.fieldLabelError?.(field) ?? `field label not supported: ${field}` };
  };
}
