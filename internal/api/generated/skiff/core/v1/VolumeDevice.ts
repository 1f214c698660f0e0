// Original file: proto/core/v1/container.proto


/**
 * VolumeDevice maps a raw block volume of the pod to a device path in the container.
 */
export interface VolumeDevice {
  'name'?: (string);
  'devicePath'?: (string);
  '_name'?: "name";
  '_devicePath'?: "devicePath";
}

/**
 * VolumeDevice maps a raw block volume of the pod to a device path in the container.
 */
export interface VolumeDevice__Output {
  'name'?: (string);
  'devicePath'?: (string);
}
