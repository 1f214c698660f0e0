// Original file: proto/core/v1/volume.proto


/**
 * PersistentVolumeClaimVolumeSource mounts the volume bound to a claim in the pod's namespace.
 */
export interface PersistentVolumeClaimVolumeSource {
  'claimName'?: (string);
  'readOnly'?: (boolean);
  '_claimName'?: "claimName";
  '_readOnly'?: "readOnly";
}

/**
 * PersistentVolumeClaimVolumeSource mounts the volume bound to a claim in the pod's namespace.
 */
export interface PersistentVolumeClaimVolumeSource__Output {
  'claimName'?: (string);
  'readOnly'?: (boolean);
}
