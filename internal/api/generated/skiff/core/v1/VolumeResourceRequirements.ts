// Original file: proto/core/v1/persistentvolumeclaim.proto


/**
 * VolumeResourceRequirements are a claim's storage limits and requests (quantities).
 */
export interface VolumeResourceRequirements {
  'limits'?: ({[key: string]: string});
  'requests'?: ({[key: string]: string});
}

/**
 * VolumeResourceRequirements are a claim's storage limits and requests (quantities).
 */
export interface VolumeResourceRequirements__Output {
  'limits'?: ({[key: string]: string});
  'requests'?: ({[key: string]: string});
}
