// Original file: proto/core/v1/persistentvolume.proto


/**
 * PersistentVolumeStatus is the volume's place in its lifecycle.
 */
export interface PersistentVolumeStatus {
  /**
   * Pending, Available, Bound, Released or Failed.
   */
  'phase'?: (string);
  'message'?: (string);
  'reason'?: (string);
  /**
   * When phase last changed (RFC 3339).
   */
  'lastPhaseTransitionTime'?: (string);
  '_phase'?: "phase";
  '_message'?: "message";
  '_reason'?: "reason";
  '_lastPhaseTransitionTime'?: "lastPhaseTransitionTime";
}

/**
 * PersistentVolumeStatus is the volume's place in its lifecycle.
 */
export interface PersistentVolumeStatus__Output {
  /**
   * Pending, Available, Bound, Released or Failed.
   */
  'phase'?: (string);
  'message'?: (string);
  'reason'?: (string);
  /**
   * When phase last changed (RFC 3339).
   */
  'lastPhaseTransitionTime'?: (string);
}
