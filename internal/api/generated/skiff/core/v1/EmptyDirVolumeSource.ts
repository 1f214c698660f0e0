// Original file: proto/core/v1/volume.proto


/**
 * EmptyDirVolumeSource is an empty directory created when the pod starts and removed with it.
 */
export interface EmptyDirVolumeSource {
  /**
   * "" for the node's disk, "Memory" for a tmpfs.
   */
  'medium'?: (string);
  /**
   * The most the volume may hold (a quantity); the pod is evicted past it.
   */
  'sizeLimit'?: (string);
  '_medium'?: "medium";
  '_sizeLimit'?: "sizeLimit";
}

/**
 * EmptyDirVolumeSource is an empty directory created when the pod starts and removed with it.
 */
export interface EmptyDirVolumeSource__Output {
  /**
   * "" for the node's disk, "Memory" for a tmpfs.
   */
  'medium'?: (string);
  /**
   * The most the volume may hold (a quantity); the pod is evicted past it.
   */
  'sizeLimit'?: (string);
}
