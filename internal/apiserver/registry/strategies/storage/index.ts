/**
 * strategies/storage: the StorageClass strategy. A plain cluster-scoped object; defaulting and
 * validation from api.
 */
import type { StorageClass__Output } from '../../../../api/generated/skiff/storage/v1/StorageClass.js';
import { defaultStorageClass } from '../../../../api/defaults/storage/index.js';
import { validateStorageClass, validateStorageClassUpdate } from '../../../../api/validation/storage/index.js';
import type { Strategy } from '../../strategy.js';

/** The strategy of `storageclasses`. */
export const storageClassStrategy: Strategy = {
  defaults: (obj) => defaultStorageClass(obj as StorageClass__Output),
  validate: (obj) => validateStorageClass(obj as StorageClass__Output),
  validateUpdate: (obj, old) => validateStorageClassUpdate(obj as StorageClass__Output, old as StorageClass__Output),
};

/** Every storage.k8s.io/v1 strategy, by resource. */
export const storageStrategies: Record<string, Strategy> = { storageclasses: storageClassStrategy };
