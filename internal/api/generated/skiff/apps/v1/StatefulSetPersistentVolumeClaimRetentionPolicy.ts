// Original file: proto/apps/v1/statefulset.proto


/**
 * StatefulSetPersistentVolumeClaimRetentionPolicy says whether claims made from volumeClaimTemplates outlive their pods.
 */
export interface StatefulSetPersistentVolumeClaimRetentionPolicy {
  /**
   * "Retain" (the default) or "Delete": what happens to the claims when the StatefulSet is deleted.
   */
  'whenDeleted'?: (string);
  /**
   * "Retain" (the default) or "Delete": what happens to the claims of ordinals removed by a scale-down.
   */
  'whenScaled'?: (string);
  '_whenDeleted'?: "whenDeleted";
  '_whenScaled'?: "whenScaled";
}

/**
 * StatefulSetPersistentVolumeClaimRetentionPolicy says whether claims made from volumeClaimTemplates outlive their pods.
 */
export interface StatefulSetPersistentVolumeClaimRetentionPolicy__Output {
  /**
   * "Retain" (the default) or "Delete": what happens to the claims when the StatefulSet is deleted.
   */
  'whenDeleted'?: (string);
  /**
   * "Retain" (the default) or "Delete": what happens to the claims of ordinals removed by a scale-down.
   */
  'whenScaled'?: (string);
}
