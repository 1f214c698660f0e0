// Original file: proto/core/v1/node.proto


/**
 * AttachedVolume is a volume attached to the node, and its device path.
 */
export interface AttachedVolume {
  'name'?: (string);
  'devicePath'?: (string);
  '_name'?: "name";
  '_devicePath'?: "devicePath";
}

/**
 * AttachedVolume is a volume attached to the node, and its device path.
 */
export interface AttachedVolume__Output {
  'name'?: (string);
  'devicePath'?: (string);
}
