// Original file: proto/core/v1/persistentvolume.proto


/**
 * LocalVolumeSource is storage directly attached to one node.
 */
export interface LocalVolumeSource {
  'path'?: (string);
  /**
   * For a block device: the filesystem to create on it, if any.
   */
  'fsType'?: (string);
  '_path'?: "path";
  '_fsType'?: "fsType";
}

/**
 * LocalVolumeSource is storage directly attached to one node.
 */
export interface LocalVolumeSource__Output {
  'path'?: (string);
  /**
   * For a block device: the filesystem to create on it, if any.
   */
  'fsType'?: (string);
}
