// Original file: proto/core/v1/container.proto


/**
 * SeccompProfile selects the seccomp filter a container runs under.
 */
export interface SeccompProfile {
  /**
   * RuntimeDefault, Unconfined or Localhost.
   */
  'type'?: (string);
  /**
   * For Localhost: the profile file, relative to the kubelet's seccomp directory.
   */
  'localhostProfile'?: (string);
  '_type'?: "type";
  '_localhostProfile'?: "localhostProfile";
}

/**
 * SeccompProfile selects the seccomp filter a container runs under.
 */
export interface SeccompProfile__Output {
  /**
   * RuntimeDefault, Unconfined or Localhost.
   */
  'type'?: (string);
  /**
   * For Localhost: the profile file, relative to the kubelet's seccomp directory.
   */
  'localhostProfile'?: (string);
}
