/**
 * namespace: the namespace controller. A namespace with a deletionTimestamp is emptied (every
 * namespaced kind, from the RESTMapper), its status conditions say what is left while it drains
 * (Kubernetes' NamespaceContentRemaining, NamespaceFinalizersRemaining, ...), and once it is empty
 * its `kubernetes` finalizer is removed through `namespaces/finalize`, so the API server deletes it.
 *
 * Contract: handlers enqueue only Terminating namespaces; `sync` reads live state and is idempotent.
 */
export { NamespaceController, NAMESPACE_CONTROLLER_NAME, NAMESPACE_RESYNC_MS, type NamespaceControllerOptions } from './namespace-controller.js';
export {
  NamespacedResourcesDeleter,
  FINALIZER_KUBERNETES,
  FINALIZER_ESTIMATE_SECONDS,
  deletableNamespacedKinds,
  type DeleteOutcome,
  type NamespacedResourcesDeleterOptions,
} from './namespaced-resources-deleter.js';
export {
  contentConditions,
  mergeConditions,
  formatConditionTime,
  NAMESPACE_DELETION_CONDITION_TYPES,
  NAMESPACE_DELETION_DISCOVERY_FAILURE,
  NAMESPACE_DELETION_GV_PARSING_FAILURE,
  NAMESPACE_DELETION_CONTENT_FAILURE,
  NAMESPACE_CONTENT_REMAINING,
  NAMESPACE_FINALIZERS_REMAINING,
  type NamespaceCondition,
  type ContentSummary,
  type ResourceRemaining,
} from './namespace-conditions.js';
