// Original file: proto/core/v1/volume.proto


/**
 * KeyToPath writes one key to a relative file path.
 */
export interface KeyToPath {
  'key'?: (string);
  /**
   * Relative, without '..'.
   */
  'path'?: (string);
  /**
   * File mode bits for this file; the volume's defaultMode when absent.
   */
  'mode'?: (number);
  '_key'?: "key";
  '_path'?: "path";
  '_mode'?: "mode";
}

/**
 * KeyToPath writes one key to a relative file path.
 */
export interface KeyToPath__Output {
  'key'?: (string);
  /**
   * Relative, without '..'.
   */
  'path'?: (string);
  /**
   * File mode bits for this file; the volume's defaultMode when absent.
   */
  'mode'?: (number);
}
