/**
 * Strategy: what makes one kind different from another inside the generic ResourceStore, as
 * Kubernetes' RESTCreateStrategy / RESTUpdateStrategy / RESTDeleteStrategy do: defaulting,
 * preparing an object for create and update, validation, the fields a field selector may use,
 * and how deletion behaves. Everything else (metadata, storage, watch, preconditions) is generic.
 */
import type { KubeObject } from '../../api/index.js';
import type { FieldError } from '../../api/validation/index.js';
import type { DeleteOptions } from './request-options.js';

/** A mutable object the strategy may change in place (decoded from a request, never from a cache). */
export type MutableObject = KubeObject;

/**
 * Kubernetes' GarbageCollectionPolicy: what a delete that names no propagation policy does to the
 * object's dependents. DeleteDependents leaves them to the garbage collector in the background;
 * OrphanDependents adds the `orphan` finalizer; Unsupported never adds either of the collector's
 * finalizers and drops those the object has.
 */
export type GarbageCollectionPolicy = 'DeleteDependents' | 'OrphanDependents' | 'Unsupported';

/** The hooks of one kind. Every member is optional; the defaults suit a plain object kind. */
export interface Strategy {
  /** Fills in defaults (Kubernetes applies these when decoding; Skiff before admission). */
  defaults?(obj: MutableObject): void;
  /** Prepares a new object: for kinds with a status subresource this usually clears the status. */
  prepareForCreate?(obj: MutableObject): void;
  /** Prepares an update of the main resource: for kinds with a status subresource, keeps the old status. */
  prepareForUpdate?(obj: MutableObject, old: KubeObject): void;
  /** Prepares an update through the status subresource: keeps everything but the status from `old`. */
  prepareForStatusUpdate?(obj: MutableObject, old: KubeObject): void;
  /** Validates a new object (metadata is validated generically beforehand). */
  validate?(obj: KubeObject): FieldError[];
  /** Validates an update (metadata is validated generically beforehand). */
  validateUpdate?(obj: KubeObject, old: KubeObject): FieldError[];
  /** Validates a status update (default: nothing beyond metadata). */
  validateStatusUpdate?(obj: KubeObject, old: KubeObject): FieldError[];
  /**
   * True if the kind's update validation checks metadata only as an update (Kubernetes'
   * ValidateObjectMetaUpdate), never again as a new object's: a generateName then answers to the
   * generic path-segment rule alone, not to the kind's name rule. Absent: the update validates the
   * object as a create would too, as most kinds' ValidateUpdate does.
   */
  readonly metaUpdateOnly?: boolean;
  /** Field values for field selectors, beyond `metadata.name` and `metadata.namespace`. */
  selectableFields?(obj: KubeObject): Record<string, string>;
  /**
   * Every field label the kind's field-label conversion accepts (Kubernetes' per-kind
   * FieldLabelConversionFunc), `metadata.name` and `metadata.namespace` listed only where
   * Kubernetes lists them. Absent: the default conversion, which accepts those two alone.
   */
  readonly fieldLabels?: readonly string[];
  /** Legacy field labels the conversion renames (pods: `spec.host` reads as `spec.nodeName`). */
  readonly fieldLabelAliases?: Readonly<Record<string, string>>;
  /** The conversion's refusal of `label`, where it is not Kubernetes' usual `field label not supported: <label>`. */
  fieldLabelError?(label: string): string;
  /** True if `metadata.generation` starts at 1 and goes up on every spec change. */
  readonly usesGeneration?: boolean;
  /** What moves the generation on besides nothing (default: a spec change); Deployments also count their annotations. */
  generationChanged?(obj: KubeObject, old: KubeObject): boolean;
  /** True if an update of a missing object creates it (Kubernetes: Endpoints, Leases, Events). */
  readonly allowCreateOnUpdate?: boolean;
  /**
   * Kubernetes' AllowUnconditionalUpdate: false if an update (of the main resource or a
   * subresource) must carry the resourceVersion it replaces, and is refused 422 Invalid without
   * one (Leases, PodDisruptionBudgets). Absent: true, as for most kinds.
   */
  readonly allowUnconditionalUpdate?: boolean;
  /** True if the kind has a `status` subresource (the main resource then ignores status changes). */
  readonly hasStatus?: boolean;
  /**
   * For graceful deletion: the grace period to use for `obj` given the one the client asked for,
   * or 0 to delete at once. Absent: every delete is immediate (only pods are graceful).
   */
  gracePeriod?(obj: KubeObject, requested: number | undefined): number;
  /** The kind's DefaultGarbageCollectionPolicy for the version Skiff serves (absent: DeleteDependents). */
  readonly defaultGarbageCollectionPolicy?: GarbageCollectionPolicy;
  /**
   * The warnings a delete or deletecollection earns by its options alone, as the REST storage of
   * some kinds adds them before it deletes (Jobs: a delete that leaves the propagation to batch/v1's
   * default orphans the pods). Asked once per request, before an object is read: a delete of a
   * missing object is warned too, a deletecollection once. Absent: no warnings.
   */
  deleteWarnings?(options: DeleteOptions): readonly string[];
  /** Extra conditions that keep an object marked for deletion from being removed (namespaces: spec.finalizers). */
  pendingFinalizers?(obj: KubeObject): boolean;
  /** True if a delete returns the object rather than a Status (pods, as Kubernetes does). */
  readonly returnDeletedObject?: boolean;
  /** Called when an object is marked for deletion instead of removed (namespaces: phase Terminating). */
  onMarkedForDeletion?(obj: MutableObject): void;
}

/** What the registry tells the allocation hooks about the write they allocate for. */
export interface AllocationOptions {
  /**
   * True on a dry run (dryRun=All). The hooks then take nothing, as Kubernetes' dry-run
   * allocators: they refuse what Kubernetes' dry run refuses, with the error a real write gets,
   * and fill in the requested values, or placeholders where a real write would pick at random.
   */
  readonly dryRun?: boolean;
}

/**
 * Resources taken outside storage for an object, like a Service's ClusterIPs and NodePorts:
 * Kubernetes' BeginCreate and BeginUpdate, and the hooks after a committed write. The registry
 * calls `beforeCreate` after defaulting, mutating admission and the system metadata, and before
 * the strategy prepares and validates the object and validating admission runs; `beforeUpdate`
 * likewise, for the main resource only (never a subresource). So they see an object neither
 * prepared nor validated, and a request that is both invalid and asks for what it cannot have is
 * refused for the allocation, as in Kubernetes. Each returns the releaser of exactly what it took,
 * which the registry calls once if anything after it refuses or fails the write, and after a dry
 * run answers (on a dry run they take nothing, so it gives back nothing). The `after` hooks run
 * only once a write is committed, never on a dry run.
 */
export interface AllocationHooks {
  /** Allocates what `obj` needs (setting its fields); returns a function that releases it again. */
  beforeCreate?(obj: MutableObject, options: AllocationOptions): Promise<() => Promise<void>>;
  /** Allocates what an update newly needs; returns the releaser for that. */
  beforeUpdate?(obj: MutableObject, old: KubeObject, options: AllocationOptions): Promise<() => Promise<void>>;
  /** Releases what a committed update no longer uses. */
  afterUpdate?(obj: KubeObject, old: KubeObject): Promise<void>;
  /** Releases what a deleted object held. */
  afterDelete?(obj: KubeObject): Promise<void>;
  /** Runs after a create is committed (namespaces: their `default` ServiceAccount). */
  afterCreate?(obj: KubeObject): Promise<void>;
}
