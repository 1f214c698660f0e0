/**
 * The table of every kind Skiff serves: the one place that says which group, version, resource,
 * scope, short names, categories, verbs and subresources a kind has, and which proto message carries
 * it. The RESTMapper, the gRPC `Api`, the REST face's discovery and skiffctl all read it.
 */

/** The verbs of an ordinary persisted resource, as discovery lists them. */
export const STANDARD_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

/** A subresource of a kind: `status`, `scale`, `binding`, ... */
export interface SubresourceInfo {
  readonly name: string;
  /** The kind the subresource speaks, when it is not the parent kind (`scale` speaks autoscaling/v1 Scale). */
  readonly group?: string;
  readonly version?: string;
  readonly kind?: string;
  readonly verbs: readonly string[];
}

/** Everything the machinery knows about one kind. */
export interface KindInfo {
  /** API group; "" for the core group. */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** The plural resource name used in paths and keys (`pods`). */
  readonly resource: string;
  /** The singular name (`pod`). */
  readonly singular: string;
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
  readonly categories: readonly string[];
  readonly verbs: readonly string[];
  readonly subresources: readonly SubresourceInfo[];
  /** The full name of the proto message (`skiff.core.v1.Pod`). */
  readonly protoType: string;
  /** The field of the `Object` envelope in proto/api that carries this kind (`pod`). */
  readonly envelopeField: string;
  /** False for kinds that are not persisted (Binding, Eviction): create-only request kinds. */
  readonly persisted: boolean;
}

interface KindSpec {
  group: string;
  kind: string;
  resource: string;
  namespaced: boolean;
  short?: string[];
  all?: boolean;
  sub?: (string | SubresourceInfo)[];
  verbs?: readonly string[];
  persisted?: boolean;
  protoPackage?: string;
}

const GET_UPDATE_PATCH = ['get', 'patch', 'update'] as const;
const SCALE: SubresourceInfo = { name: 'scale', group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: GET_UPDATE_PATCH };

const SPECS: KindSpec[] = [
  { group: '', kind: 'Namespace', resource: 'namespaces', namespaced: false, short: ['ns'], sub: ['status', { name: 'finalize', verbs: ['update'] }], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  { group: '', kind: 'Node', resource: 'nodes', namespaced: false, short: ['no'], sub: ['status', { name: 'proxy', verbs: ['create', 'delete', 'get', 'patch', 'update'] }] },
  {
    group: '', kind: 'Pod', resource: 'pods', namespaced: true, short: ['po'], all: true,
    sub: [
      'status',
      { name: 'binding', group: '', version: 'v1', kind: 'Binding', verbs: ['create'] },
      { name: 'eviction', group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] },
      { name: 'log', verbs: ['get'] },
      { name: 'exec', verbs: ['create', 'get'] },
      { name: 'attach', verbs: ['create', 'get'] },
      { name: 'portforward', verbs: ['create', 'get'] },
    ],
  },
  { group: '', kind: 'Service', resource: 'services', namespaced: true, short: ['svc'], all: true, sub: ['status'], verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] },
  { group: '', kind: 'Endpoints', resource: 'endpoints', namespaced: true, short: ['ep'] },
  { group: '', kind: 'ConfigMap', resource: 'configmaps', namespaced: true, short: ['cm'] },
  { group: '', kind: 'Secret', resource: 'secrets', namespaced: true },
  { group: '', kind: 'ServiceAccount', resource: 'serviceaccounts', namespaced: true, short: ['sa'] },
  { group: '', kind: 'Event', resource: 'events', namespaced: true, short: ['ev'] },
  { group: '', kind: 'ReplicationController', resource: 'replicationcontrollers', namespaced: true, short: ['rc'], all: true, sub: ['status', SCALE] },
  { group: '', kind: 'PersistentVolume', resource: 'persistentvolumes', namespaced: false, short: ['pv'], sub: ['status'] },
  { group: '', kind: 'PersistentVolumeClaim', resource: 'persistentvolumeclaims', namespaced: true, short: ['pvc'], sub: ['status'] },
  { group: '', kind: 'PodTemplate', resource: 'podtemplates', namespaced: true },
  { group: '', kind: 'Binding', resource: 'bindings', namespaced: true, verbs: ['create'], persisted: false },
  { group: 'apps', kind: 'Deployment', resource: 'deployments', namespaced: true, short: ['deploy'], all: true, sub: ['status', SCALE] },
  { group: 'apps', kind: 'ReplicaSet', resource: 'replicasets', namespaced: true, short: ['rs'], all: true, sub: ['status', SCALE] },
  { group: 'apps', kind: 'StatefulSet', resource: 'statefulsets', namespaced: true, short: ['sts'], all: true, sub: ['status', SCALE] },
  { group: 'apps', kind: 'DaemonSet', resource: 'daemonsets', namespaced: true, short: ['ds'], all: true, sub: ['status'] },
  { group: 'apps', kind: 'ControllerRevision', resource: 'controllerrevisions', namespaced: true },
  { group: 'batch', kind: 'Job', resource: 'jobs', namespaced: true, all: true, sub: ['status'] },
  { group: 'batch', kind: 'CronJob', resource: 'cronjobs', namespaced: true, short: ['cj'], all: true, sub: ['status'] },
  { group: 'coordination.k8s.io', kind: 'Lease', resource: 'leases', namespaced: true, protoPackage: 'coordination' },
  { group: 'scheduling.k8s.io', kind: 'PriorityClass', resource: 'priorityclasses', namespaced: false, short: ['pc'], protoPackage: 'scheduling' },
  { group: 'policy', kind: 'PodDisruptionBudget', resource: 'poddisruptionbudgets', namespaced: true, short: ['pdb'], sub: ['status'] },
  { group: 'storage.k8s.io', kind: 'StorageClass', resource: 'storageclasses', namespaced: false, short: ['sc'], protoPackage: 'storage' },
];

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function build(spec: KindSpec): KindInfo {
  const pkg = spec.protoPackage ?? (spec.group === '' ? 'core' : spec.group);
  return Object.freeze({
    group: spec.group,
    version: 'v1',
    kind: spec.kind,
    resource: spec.resource,
    singular: spec.kind.toLowerCase(),
    namespaced: spec.namespaced,
    shortNames: Object.freeze(spec.short ?? []),
    categories: Object.freeze(spec.all ? ['all'] : []),
    verbs: Object.freeze([...(spec.verbs ?? STANDARD_VERBS)]),
    subresources: Object.freeze(
      (spec.sub ?? []).map((s) => (typeof s === 'string' ? { name: s, verbs: GET_UPDATE_PATCH } : s)),
    ),
    protoType: `skiff.${pkg}.v1.${spec.kind}`,
    envelopeField: lowerFirst(spec.kind),
    persisted: spec.persisted ?? true,
  });
}

/** Every kind Skiff serves, in discovery order. */
export const KINDS: readonly KindInfo[] = Object.freeze(SPECS.map(build));

/** Kinds that travel only as the body of a subresource (Scale, Eviction): not resources of their own. */
export const SUBRESOURCE_KINDS: readonly { group: string; version: string; kind: string; protoType: string; envelopeField: string }[] = [
  { group: 'autoscaling', version: 'v1', kind: 'Scale', protoType: 'skiff.autoscaling.v1.Scale', envelopeField: 'scale' },
  { group: 'policy', version: 'v1', kind: 'Eviction', protoType: 'skiff.policy.v1.Eviction', envelopeField: 'eviction' },
];
