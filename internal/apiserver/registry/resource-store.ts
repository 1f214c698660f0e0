/**
 * ResourceStore: one resource's registry, Kubernetes' generic registry store in Skiff. Creates,
 * updates, patches and deletes go through the same steps for every kind (metadata rules, the
 * kind's Strategy, admission, validation, optimistic concurrency on the storage revision,
 * finalizers and graceful deletion); only the Strategy differs per kind.
 */
import { randomUUID } from 'node:crypto';
import type protobuf from 'protobufjs';
import {
  cloneObject,
  newConflict,
  newInternalError,
  newInvalid,
  newNotFound,
  newRequestEntityTooLarge,
  OBJECT_MODIFIED,
  StatusError,
  successStatus,
  type KindInfo,
  type KubeObject,
  type Status,
} from '../../api/index.js';
import type { FieldError } from '../../api/validation/index.js';
import type { Clock } from '../../clock/index.js';
import type { Storage } from '../../storage/index.js';
import { StorageError } from '../../storage/index.js';
import type { AdmissionAttributes, AdmissionChain } from '../admission/index.js';
import type { Cacher } from '../cacher/index.js';
import { alreadyExists, checkConditionalUpdate, checkKind, checkName, checkNamespace, checkNoRevisionOnCreate } from './request-object-checks.js';
import { ResourceReader } from './resource-reader.js';
import { checkPreconditions, markForDeletion, shouldDeleteDuringUpdate } from './deletion.js';
import { dedupOwnerReferences } from './owner-references.js';
import { generateName, prepareMetaForCreate, prepareMetaForUpdate, validateMetaForCreate, validateMetaForUpdate } from './object-meta.js';
import { adoptWritten, decodeFromStorage, encodeForStorage } from './stored-object.js';
import type { AllocationHooks, MutableObject, Strategy } from './strategy.js';
import type { DeleteOptions, WriteOptions } from './request-options.js';

/** Kubernetes' limit on one stored object. */
export const MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;

/** What a ResourceStore needs. */
export interface ResourceStoreOptions {
  readonly info: KindInfo;
  readonly type: protobuf.Type;
  readonly strategy: Strategy;
  readonly storage: Storage;
  readonly cacher: Cacher;
  readonly admission: AdmissionChain;
  readonly clock: Clock;
  readonly hooks?: AllocationHooks;
  readonly newUID?: () => string;
  /** Names an object from its generateName (default: five random characters after the prefix). */
  readonly generateName?: (prefix: string) => string;
  readonly maxObjectBytes?: number;
}

/** The result of an update: the object, and whether the update created it. */
export interface UpdateResult {
  readonly object: KubeObject;
  readonly created: boolean;
}

/** The result of a delete: the object if it still exists (marked) or was asked for, else a Status. */
export interface DeleteResult {
  readonly object?: KubeObject;
  readonly status?: Status;
  /** True when the object was only marked for deletion (finalizers or a grace period remain). */
  readonly pending: boolean;
}

/** A function computing the new object from the current one, for update and patch. */
export type UpdateFn = (current: KubeObject) => MutableObject | Promise<MutableObject>;

const MAX_UPDATE_ATTEMPTS = 16;

/** Kubernetes' maxNameGenerationCreateAttempts. */
const MAX_GENERATE_NAME_ATTEMPTS = 8;

/** One resource's registry. */
export class ResourceStore extends ResourceReader {
  private readonly admission: AdmissionChain;
  private readonly clock: Clock;
  private readonly hooks: AllocationHooks;
  private readonly newUID: () => string;
  private readonly generateName: (prefix: string) => string;
  private readonly maxObjectBytes: number;

  constructor(options: ResourceStoreOptions) {
    super(options.info, options.type, options.strategy, options.storage, options.cacher);
    this.admission = options.admission;
    this.clock = options.clock;
    this.hooks = options.hooks ?? {};
    this.newUID = options.newUID ?? randomUUID;
    this.generateName = options.generateName ?? generateName;
    this.maxObjectBytes = options.maxObjectBytes ?? MAX_OBJECT_BYTES;
  }

  private invalid(obj: KubeObject, errors: readonly FieldError[]): StatusError {
    return newInvalid(this.info, obj.metadata?.name ?? obj.metadata?.generateName ?? '', errors);
  }

  private encode(obj: KubeObject): Buffer {
    const bytes = encodeForStorage(this.type, obj);
    if (bytes.length > this.maxObjectBytes) {
      throw newRequestEntityTooLarge(`the object is ${bytes.length} bytes; limit is ${this.maxObjectBytes}`);
    }
    return bytes;
  }

  /**
   * Creates an object in `namespace`. A name made from generateName that turns out to be taken is
   * made again, the whole create redone from the request, up to eight times, as Kubernetes does.
   */
  async create(namespace: string, input: MutableObject, options: WriteOptions = {}): Promise<KubeObject> {
    if (input.metadata?.name || !input.metadata?.generateName) return this.createOnce(namespace, input, options);
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= MAX_GENERATE_NAME_ATTEMPTS;
      try {
        // Every attempt but the last works on a copy: a create changes the object it is given.
        return await this.createOnce(namespace, last ? input : cloneObject(input), options);
      } catch (err) {
        if (last || !(err instanceof StatusError && err.reason === 'AlreadyExists')) throw err;
      }
    }
  }

  private async createOnce(namespace: string, input: MutableObject, options: WriteOptions): Promise<KubeObject> {
    const obj = input;
    checkKind(this.info, obj);
    checkNamespace(this.info, obj, namespace);
    const meta = obj.metadata!;
    const requestedRevision = meta.resourceVersion;
    if (!meta.name && meta.generateName) meta.name = this.generateName(meta.generateName);
    this.strategy.defaults?.(obj);
    // Creates are the hot path: what is synchronous (admission, most kinds' hooks) is not awaited,
    // since every await is a trip through the microtask queue.
    const admitted = this.admission.admit(this.attributes('CREATE', obj, '', options.dryRun));
    if (admitted) await admitted;
    // As Kubernetes' handlers: owner references deduplicated again after mutating admission.
    dedupOwnerReferences(obj, options.warn, true);
    // System fields first, as Kubernetes does: a strategy may use the uid (a Job's generated selector).
    prepareMetaForCreate(obj, { uid: this.newUID(), now: this.clock.now(), usesGeneration: !!this.strategy.usesGeneration });
    // Allocation before the strategy and validation, as Kubernetes' BeginCreate: what it takes is
    // given back on every later refusal or failure; a dry run takes nothing.
    const release = this.hooks.beforeCreate ? await this.hooks.beforeCreate(obj, options) : undefined;
    try {
      this.strategy.prepareForCreate?.(obj);
      const metaErrors = validateMetaForCreate(obj, this.info);
      const kindErrors = this.strategy.validate?.(obj) ?? [];
      if (metaErrors.length + kindErrors.length > 0) throw this.invalid(obj, [...metaErrors, ...kindErrors]);
      const validated = this.admission.validate(this.attributes('CREATE', obj, '', options.dryRun));
      if (validated) await validated;
    } catch (err) {
      await release?.();
      throw err;
    }
    let created: KubeObject;
    let key: string | undefined;
    let bytes: Buffer | undefined;
    const target = this.keyFor(meta.namespace ?? '', meta.name!);
    try {
      bytes = this.encode(obj);
      if (options.dryRun) {
        // A dry run stores nothing, but answers as a real create would about a name in use.
        if (await this.storage.get(target)) throw new StorageError('KeyExists', target);
        await release?.();
        return obj;
      }
      checkNoRevisionOnCreate(requestedRevision);
      key = target;
      this.cacher.expectWrite(key, bytes, obj);
      const result = await this.storage.create(key, bytes);
      created = adoptWritten(obj, bytes, result.revision);
    } catch (err) {
      if (key !== undefined && bytes !== undefined) this.cacher.cancelWrite(key, bytes);
      await release?.();
      if (err instanceof StorageError && err.code === 'KeyExists') throw await alreadyExists(this.info, this.storage, this.type, target, meta);
      throw mapStorageError(err);
    }
    if (this.hooks.afterCreate) await this.hooks.afterCreate(created);
    return created;
  }

  /**
   * Updates an object by replacing it (`subresource` "" or "status"). A resourceVersion in the
   * object is a precondition (Conflict when stale); without one the update is unconditional.
   */
  async update(namespace: string, name: string, input: MutableObject, options: WriteOptions & { subresource?: string } = {}): Promise<UpdateResult> {
    checkKind(this.info, input);
    checkNamespace(this.info, input, namespace);
    checkName(input, name);
    const requested = input.metadata?.resourceVersion;
    const subresource = options.subresource ?? '';
    const current = await this.currentForWrite(namespace, name);
    if (!current) {
      if (!this.strategy.allowCreateOnUpdate || subresource !== '') throw newNotFound(this.info, name);
      if (requested) throw newNotFound(this.info, name);
      return { object: await this.create(namespace, { ...input, metadata: { ...input.metadata, name } }, options), created: true };
    }
    const object = await this.guaranteedUpdate(namespace, name, requested, options, subresource, () => input);
    return { object, created: false };
  }

  /**
   * The read-modify-write loop of every update: reads the current object, computes the new one
   * with `fn`, and writes it with the current revision as precondition, retrying on a conflict
   * unless the client gave a resourceVersion of its own.
   */
  async guaranteedUpdate(
    namespace: string,
    name: string,
    clientRV: string | undefined,
    options: WriteOptions,
    subresource: string,
    fn: UpdateFn,
  ): Promise<KubeObject> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.currentForWrite(namespace, name, attempt > 0);
      if (!current) throw newNotFound(this.info, name);
      // Strategies and hooks change the object in place: give them a private copy every attempt.
      const next = cloneObject(await fn(current));
      checkKind(this.info, next);
      checkNamespace(this.info, next, namespace);
      checkConditionalUpdate(this.info, this.strategy, next, name);
      const rv = clientRV;
      if (rv && rv !== current.metadata?.resourceVersion) {
        // The cache may trail storage: only a stale version after catching up is a real conflict.
        if (attempt === 0) continue;
        throw newConflict(this.info, name, OBJECT_MODIFIED);
      }
      try {
        return await this.writeUpdate(current, next, options, subresource);
      } catch (err) {
        if (err instanceof StorageError && err.code === 'Conflict') {
          if (rv || attempt >= MAX_UPDATE_ATTEMPTS) throw newConflict(this.info, name, OBJECT_MODIFIED);
          continue;
        }
        throw err;
      }
    }
  }

  /**
   * The admission attributes of a write, one literal per call: object spreads here cost more than
   * the whole admission chain on the create path (their results get a new shape each time).
   */
  private attributes(operation: 'CREATE' | 'UPDATE', obj: KubeObject, subresource: string, dryRun: boolean | undefined, oldObject?: KubeObject): AdmissionAttributes {
    const meta = obj.metadata!;
    return { operation, kind: this.info, namespace: meta.namespace ?? '', name: meta.name ?? '', subresource, object: obj, oldObject, dryRun: !!dryRun };
  }

  private async currentForWrite(namespace: string, name: string, fresh = false): Promise<KubeObject | undefined> {
    if (fresh) await this.cacher.waitUntilFresh(this.storage.currentRevision());
    return this.cacher.get(this.keyFor(namespace, name));
  }

  private async writeUpdate(current: KubeObject, obj: MutableObject, options: WriteOptions, subresource: string): Promise<KubeObject> {
    const meta = obj.metadata!;
    // Kubernetes defaults every object body it decodes: the main resource's, a status update's (its
    // quantities come out canonical too) and a namespace finalize's. Other subresources (binding,
    // scale) change a stored object, which is defaulted already.
    if (subresource === '' || subresource === 'status' || subresource === 'finalize') this.strategy.defaults?.(obj);
    await this.admission.admit(this.attributes('UPDATE', obj, subresource, options.dryRun, current));
    // Again after mutating admission; for a patch, the only time (its warning says so).
    dedupOwnerReferences(obj, options.warn, true);
    // Allocation before the strategy and validation, as Kubernetes' BeginUpdate (which only the
    // main resource has): what it takes is given back on every later refusal or failure.
    const release = subresource === '' ? await this.hooks.beforeUpdate?.(obj, current, options) : undefined;
    try {
      this.prepareAndValidateUpdate(current, obj, subresource);
      await this.admission.validate(this.attributes('UPDATE', obj, subresource, options.dryRun, current));
    } catch (err) {
      await release?.();
      throw err;
    }
    const key = this.keyFor(meta.namespace ?? '', meta.name!);
    const expectedRevision = Number(current.metadata!.resourceVersion);
    let written: { bytes: Buffer; revision: number } | 'deleted';
    try {
      const bytes = this.encode(obj);
      if (options.dryRun || bytes.equals(encodeForStorage(this.type, current))) {
        // A dry run writes nothing; an update that changes nothing makes no new revision.
        await release?.();
        return options.dryRun ? obj : current;
      }
      if (shouldDeleteDuringUpdate(obj, current, this.strategy)) {
        await this.storage.delete(key, { expectedRevision });
        written = 'deleted';
      } else {
        this.cacher.expectWrite(key, bytes, obj);
        try {
          written = { bytes, revision: (await this.storage.update(key, bytes, { expectedRevision })).revision };
        } catch (err) {
          this.cacher.cancelWrite(key, bytes);
          throw err;
        }
      }
    } catch (err) {
      await release?.();
      if (err instanceof StorageError && err.code === 'KeyNotFound') throw newNotFound(this.info, meta.name!);
      if (err instanceof StorageError && err.code === 'Conflict') throw err;
      throw mapStorageError(err);
    }
    // Committed: from here on nothing gives back what the written object holds.
    if (written === 'deleted') {
      // The object is gone: what this update took and what the stored one held both go back.
      await release?.();
      await this.hooks.afterDelete?.(current);
      return obj;
    }
    await this.hooks.afterUpdate?.(obj, current);
    return adoptWritten(obj, written.bytes, written.revision);
  }

  /**
   * The strategy's part of an update: the main resource and `status` follow the strategy; other
   * subresources (binding, finalize) made their own narrow change to the stored object and only
   * need it to stay valid. Throws Invalid.
   */
  private prepareAndValidateUpdate(current: KubeObject, obj: MutableObject, subresource: string): void {
    let kindErrors: FieldError[] | undefined;
    if (subresource === '') {
      this.strategy.prepareForUpdate?.(obj, current);
      prepareMetaForUpdate(obj, current, { usesGeneration: !!this.strategy.usesGeneration, statusUpdate: false, generationChanged: this.strategy.generationChanged });
      kindErrors = this.strategy.validateUpdate?.(obj, current);
    } else if (subresource === 'status') {
      this.strategy.prepareForStatusUpdate?.(obj, current);
      prepareMetaForUpdate(obj, current, { usesGeneration: !!this.strategy.usesGeneration, statusUpdate: true });
      kindErrors = this.strategy.validateStatusUpdate?.(obj, current);
    } else {
      prepareMetaForUpdate(obj, current, { usesGeneration: false, statusUpdate: false });
      kindErrors = this.strategy.validate?.(obj);
    }
    const errors = [...validateMetaForUpdate(obj, current, this.info, subresource === '' && !this.strategy.metaUpdateOnly), ...(kindErrors ?? [])];
    if (errors.length > 0) throw this.invalid(obj, errors);
  }

  /** Deletes an object, or marks it for deletion while finalizers or a grace period remain. */
  async delete(namespace: string, name: string, options: DeleteOptions = {}): Promise<DeleteResult> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.currentForWrite(namespace, name, attempt > 0);
      if (!current) throw newNotFound(this.info, name);
      // As in Kubernetes: the options are judged first, then the preconditions, then admission.
      const marked = markForDeletion(this.info, current, options, this.strategy, this.clock.now());
      checkPreconditions(this.info, name, current, options);
      await this.admission.validate({
        operation: 'DELETE',
        kind: this.info,
        namespace,
        name,
        subresource: '',
        oldObject: current,
        dryRun: !!options.dryRun,
      });
      try {
        if (marked) {
          if (marked === current) return { object: current, pending: true };
          const written = await this.writeMarked(current, marked, options);
          return written ? { object: written, pending: true } : this.deleted(current);
        }
        if (!options.dryRun) {
          await this.storage.delete(this.keyFor(namespace, name), { expectedRevision: Number(current.metadata!.resourceVersion) });
          await this.hooks.afterDelete?.(current);
        }
        return this.deleted(current);
      } catch (err) {
        if (err instanceof StorageError && err.code === 'Conflict' && attempt < MAX_UPDATE_ATTEMPTS) continue;
        if (err instanceof StorageError && err.code === 'KeyNotFound') throw newNotFound(this.info, name);
        throw mapStorageError(err);
      }
    }
  }

  private deleted(obj: KubeObject): DeleteResult {
    if (this.strategy.returnDeletedObject) return { object: obj, pending: false };
    return {
      status: successStatus({ name: obj.metadata?.name, group: this.info.group, kind: this.info.resource, uid: obj.metadata?.uid }),
      pending: false,
    };
  }

  private async writeMarked(current: KubeObject, marked: MutableObject, options: DeleteOptions): Promise<KubeObject | undefined> {
    const bytes = this.encode(marked);
    if (options.dryRun) return marked;
    const key = this.keyFor(marked.metadata?.namespace ?? '', marked.metadata!.name!);
    const result = await this.storage.update(key, bytes, { expectedRevision: Number(current.metadata!.resourceVersion) });
    return decodeFromStorage(this.type, bytes, result.revision);
  }

}

/** Turns an unexpected storage failure into a 500 (StatusErrors pass through). */
export function mapStorageError(err: unknown): Error {
  if (err instanceof StatusError) return err;
  return newInternalError(err);
}
