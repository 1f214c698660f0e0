/**
 * The PersistentVolume and PersistentVolumeClaim strategies: both start Pending, and their spec
 * and status change through separate endpoints.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultPersistentVolume, defaultPersistentVolumeClaim } from '../../../../api/defaults/core/index.js';
import type { PersistentVolume__Output } from '../../../../api/generated/skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim__Output } from '../../../../api/generated/skiff/core/v1/PersistentVolumeClaim.js';
import {
  validatePersistentVolume,
  validatePersistentVolumeClaim,
  validatePersistentVolumeClaimStatusUpdate,
  validatePersistentVolumeClaimUpdate,
  validatePersistentVolumeUpdate,
} from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';

const asPV = (obj: KubeObject): PersistentVolume__Output => obj as PersistentVolume__Output;
const asPVC = (obj: KubeObject): PersistentVolumeClaim__Output => obj as PersistentVolumeClaim__Output;

/** The hooks of persistent volumes. */
export const persistentVolumeStrategy: Strategy = {
  defaults: (obj) => defaultPersistentVolume(asPV(obj)),
  prepareForCreate(obj) {
    asPV(obj).status = { phase: 'Pending' };
  },
  prepareForUpdate(obj, old) {
    asPV(obj).status = asPV(old).status;
  },
  prepareForStatusUpdate(obj, old) {
    asPV(obj).spec = asPV(old).spec;
  },
  validate: (obj) => validatePersistentVolume(asPV(obj)),
  validateUpdate: (obj, old) => validatePersistentVolumeUpdate(asPV(obj), asPV(old)),
  hasStatus: true,
};

/** The hooks of persistent volume claims. */
export const persistentVolumeClaimStrategy: Strategy = {
  defaults: (obj) => defaultPersistentVolumeClaim(asPVC(obj)),
  prepareForCreate(obj) {
    asPVC(obj).status = { phase: 'Pending' };
  },
  prepareForUpdate(obj, old) {
    asPVC(obj).status = asPVC(old).status;
  },
  prepareForStatusUpdate(obj, old) {
    asPVC(obj).spec = asPVC(old).spec;
  },
  validate: (obj) => validatePersistentVolumeClaim(asPVC(obj)),
  validateUpdate: (obj, old) => validatePersistentVolumeClaimUpdate(asPVC(obj), asPVC(old)),
  validateStatusUpdate: (obj, old) => validatePersistentVolumeClaimStatusUpdate(asPVC(obj), asPVC(old)),
  hasStatus: true,
};
