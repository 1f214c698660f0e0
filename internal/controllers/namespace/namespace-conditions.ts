/**
 * Namespace deletion conditions: what a Terminating namespace's status says while it drains, with
 * Kubernetes' condition types, reasons and messages (`NamespaceContentRemaining`: "Some resources
 * are remaining: configmaps. has 2 resource instances"). Pure: the deleter gathers a
 * `ContentSummary`, these functions turn it into conditions and merge them into the status.
 */
import type { NamespaceCondition__Output } from '../../api/generated/skiff/core/v1/NamespaceCondition.js';

/** A namespace condition. */
export type NamespaceCondition = NamespaceCondition__Output;

/** Discovery of the namespaced resources failed for some groups. */
export const NAMESPACE_DELETION_DISCOVERY_FAILURE = 'NamespaceDeletionDiscoveryFailure';
/** Some group versions could not be parsed. */
export const NAMESPACE_DELETION_GV_PARSING_FAILURE = 'NamespaceDeletionGroupVersionParsingFailure';
/** Deleting the content of some resources failed. */
export const NAMESPACE_DELETION_CONTENT_FAILURE = 'NamespaceDeletionContentFailure';
/** Objects remain in the namespace. */
export const NAMESPACE_CONTENT_REMAINING = 'NamespaceContentRemaining';
/** Objects remain because of their finalizers. */
export const NAMESPACE_FINALIZERS_REMAINING = 'NamespaceFinalizersRemaining';

/** Every deletion condition type, in the order Kubernetes writes them. */
export const NAMESPACE_DELETION_CONDITION_TYPES: readonly string[] = [
  NAMESPACE_DELETION_DISCOVERY_FAILURE,
  NAMESPACE_DELETION_GV_PARSING_FAILURE,
  NAMESPACE_DELETION_CONTENT_FAILURE,
  NAMESPACE_CONTENT_REMAINING,
  NAMESPACE_FINALIZERS_REMAINING,
];

const OK: Readonly<Record<string, { reason: string; message: string }>> = {
  [NAMESPACE_DELETION_DISCOVERY_FAILURE]: { reason: 'ResourcesDiscovered', message: 'All resources successfully discovered' },
  [NAMESPACE_DELETION_GV_PARSING_FAILURE]: { reason: 'ParsedGroupVersions', message: 'All legacy kube types successfully parsed' },
  [NAMESPACE_DELETION_CONTENT_FAILURE]: { reason: 'ContentDeleted', message: 'All content successfully deleted, may be waiting on finalization' },
  [NAMESPACE_CONTENT_REMAINING]: { reason: 'ContentRemoved', message: 'All content successfully removed' },
  [NAMESPACE_FINALIZERS_REMAINING]: { reason: 'ContentHasNoFinalizers', message: 'All content-preserving finalizers finished' },
};

/** What is left of one resource in a draining namespace. */
export interface ResourceRemaining {
  readonly resource: string;
  readonly group: string;
  readonly count: number;
  /** How many remaining objects carry each finalizer. */
  readonly finalizers: Readonly<Record<string, number>>;
}

/** What one pass over a namespace's content found. */
export interface ContentSummary {
  readonly remaining: readonly ResourceRemaining[];
  /** One message per resource whose deletion failed. */
  readonly failures: readonly string[];
}

/** The conditions that are not OK for `summary` (the others are written as OK by `mergeConditions`). */
export function contentConditions(summary: ContentSummary): NamespaceCondition[] {
  const out: NamespaceCondition[] = [];
  if (summary.failures.length > 0) {
    out.push({
      type: NAMESPACE_DELETION_CONTENT_FAILURE,
      status: 'True',
      reason: 'ContentDeletionFailed',
      message: `Failed to delete all resource types, ${summary.failures.length} remaining: ${summary.failures.join(', ')}`,
    });
  }
  const resources = summary.remaining
    .filter((r) => r.count > 0)
    .map((r) => `${r.resource}.${r.group} has ${r.count} resource instances`)
    .sort();
  if (resources.length > 0) {
    out.push({ type: NAMESPACE_CONTENT_REMAINING, status: 'True', reason: 'SomeResourcesRemain', message: `Some resources are remaining: ${resources.join(', ')}` });
  }
  const byFinalizer = new Map<string, number>();
  for (const r of summary.remaining) for (const [f, n] of Object.entries(r.finalizers)) byFinalizer.set(f, (byFinalizer.get(f) ?? 0) + n);
  const finalizers = [...byFinalizer].filter(([, n]) => n > 0).map(([f, n]) => `${f} in ${n} resource instances`).sort();
  if (finalizers.length > 0) {
    out.push({
      type: NAMESPACE_FINALIZERS_REMAINING,
      status: 'True',
      reason: 'SomeFinalizersRemain',
      message: `Some content in the namespace has finalizers remaining: ${finalizers.join(', ')}`,
    });
  }
  return out;
}

/**
 * The namespace's conditions with every deletion condition set: `updates` where given, OK
 * otherwise. A condition whose status, reason and message are unchanged keeps its
 * lastTransitionTime; `changed` says whether anything differs from `existing`.
 */
export function mergeConditions(
  existing: readonly NamespaceCondition[] | undefined,
  updates: readonly NamespaceCondition[],
  now: string,
): { conditions: NamespaceCondition[]; changed: boolean } {
  const conditions = [...(existing ?? [])];
  let changed = false;
  for (const type of NAMESPACE_DELETION_CONDITION_TYPES) {
    const wanted = updates.find((c) => c.type === type) ?? { type, status: 'False', ...OK[type]! };
    const i = conditions.findIndex((c) => c.type === type);
    const old = i >= 0 ? conditions[i] : undefined;
    if (old && old.status === wanted.status && old.reason === wanted.reason && old.message === wanted.message) continue;
    const next: NamespaceCondition = { type, status: wanted.status, lastTransitionTime: now, reason: wanted.reason, message: wanted.message };
    if (i >= 0) conditions[i] = next;
    else conditions.push(next);
    changed = true;
  }
  return { conditions, changed };
}

/** A time as Kubernetes writes metav1.Time: RFC 3339 in seconds. */
export function formatConditionTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
