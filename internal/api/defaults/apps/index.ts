/**
 * defaults/apps: Kubernetes' apps/v1 defaulting (pkg/apis/apps/v1/defaults.go) for Deployments,
 * ReplicaSets, StatefulSets and DaemonSets, each applying the core pod defaults to its template.
 * Each function fills in, in place, what a client left out, and is idempotent. ControllerRevisions
 * have no defaults.
 */
export { DEFAULT_REVISION_HISTORY_LIMIT, DEFAULT_PROGRESS_DEADLINE_SECONDS, defaultDeployment } from './deployment-defaults.js';
export { defaultReplicaSet } from './replica-set-defaults.js';
export { defaultStatefulSet } from './stateful-set-defaults.js';
export { defaultDaemonSet } from './daemon-set-defaults.js';
