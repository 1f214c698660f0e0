// Original file: proto/core/v1/volume.proto


/**
 * HostPathVolumeSource mounts a path of the node.
 */
export interface HostPathVolumeSource {
  'path'?: (string);
  /**
   * What must be at the path: "" (no check), DirectoryOrCreate, Directory, FileOrCreate, File,
   * Socket, CharDevice or BlockDevice.
   */
  'type'?: (string);
  '_path'?: "path";
  '_type'?: "type";
}

/**
 * HostPathVolumeSource mounts a path of the node.
 */
export interface HostPathVolumeSource__Output {
  'path'?: (string);
  /**
   * What must be at the path: "" (no check), DirectoryOrCreate, Directory, FileOrCreate, File,
   * Socket, CharDevice or BlockDevice.
   */
  'type'?: (string);
}
