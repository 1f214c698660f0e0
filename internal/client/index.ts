/**
 * client: the client-go of Skiff. Everything that talks to the API server goes through here:
 * the raw `ApiClient` (one gRPC channel, deadlines, retries on Unavailable, StatusErrors), typed
 * per-kind clients (`Clientset`), kubeconfig loading and editing, shared informers (list, then
 * watch; resume on a broken stream, relist and deliver the difference on Gone) with indexed caches
 * of frozen shared objects and listers, the work queue family, the controller runner, leader
 * election on Leases and the event recorder. All timing goes through an injected Clock.
 *
 * Contract for controllers: event handlers only enqueue keys; `sync(key)` reads listers, is
 * idempotent, and throws to be retried; the runner owns retries and backoff.
 */
export {
  ApiClient,
  type ApiClientOptions,
  type Target,
  type ListResult,
  type ClientWatchEvent,
  type ClientListOptions,
  type ClientWatchOptions,
  type ClientWriteOptions,
  type ClientDeleteOptions,
  type WatchStream,
} from './api-client.js';
export { ResourceClient, type PatchType, type DeleteResult } from './resource-client.js';
export { Clientset } from './clientset.js';
export type { ResourceTypes, ObjectOf, Namespace, Node, Pod, Service, Endpoints, ConfigMap, Secret, Event, Deployment, ReplicaSet, Lease, Scale, PartialObjectMetadata } from './resource-types.js';
export {
  KubeconfigEditor,
  resolveServer,
  kubeconfigPaths,
  mergeKubeconfigs,
  SKIFF_EXTENSION,
  DEFAULT_GRPC_SERVER,
  type Kubeconfig,
  type KubeconfigCluster,
  type KubeconfigContext,
  type KubeconfigSource,
  type KubeconfigError,
  type ServerResolution,
} from './kubeconfig.js';
export { keyFunc, splitKey, unwrapTombstone, DeletedFinalStateUnknown } from './object-key.js';
export type { Store } from './store.js';
export {
  Indexer,
  NAMESPACE_INDEX,
  OWNER_UID_INDEX,
  POD_NODE_NAME_INDEX,
  metaNamespaceIndexFunc,
  ownerUidIndexFunc,
  podNodeNameIndexFunc,
  type IndexFunc,
  type Indexers,
} from './indexer.js';
export { Lister, NamespaceLister } from './listers.js';
export { Reflector, isGone, type ListerWatcher, type ReflectorStore, type ReflectorOptions } from './reflector.js';
export { SharedInformer, type ResourceEventHandler, type HandlerRegistration, type SharedInformerOptions } from './shared-informer.js';
export { SharedInformerFactory, waitForCacheSync, type SharedInformerFactoryOptions, type Syncable } from './informer-factory.js';
export { WorkQueue, type Queue } from './work-queue.js';
export { DelayingQueue, type DelayingInterface, type DelayingQueueOptions } from './delaying-queue.js';
export { RateLimitingQueue, type RateLimitingInterface, type RateLimitingQueueOptions } from './rate-limiting-queue.js';
export {
  ItemExponentialFailureRateLimiter,
  BucketRateLimiter,
  MaxOfRateLimiter,
  defaultControllerRateLimiter,
  type RateLimiter,
} from './rate-limiters.js';
export { Controller, type ControllerOptions } from './controller.js';
export { LeaderElector, formatMicroTime, type LeaderElectionOptions, type LeaderCallbacks, type LeaseClient } from './leader-election.js';
export { EventRecorder, eventSinkFor, objectReference, type EventRecorderOptions, type EventSink, type EventType, type Involved } from './event-recorder.js';
export { EventCorrelator, COMBINED_PREFIX, type CorrelationResult, type EventCorrelatorOptions } from './event-correlator.js';
