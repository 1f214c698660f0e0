// Original file: proto/core/v1/container.proto


/**
 * VolumeMount mounts one of the pod's volumes into the container.
 */
export interface VolumeMount {
  /**
   * The name of a volume of the pod.
   */
  'name'?: (string);
  'readOnly'?: (boolean);
  /**
   * "Disabled", "IfPossible" or "Enabled": whether read-only also applies to submounts.
   */
  'recursiveReadOnly'?: (string);
  /**
   * Where inside the container; must not contain ':'.
   */
  'mountPath'?: (string);
  /**
   * A path inside the volume to mount instead of its root.
   */
  'subPath'?: (string);
  /**
   * "None" (the default), "HostToContainer" or "Bidirectional".
   */
  'mountPropagation'?: (string);
  /**
   * Like subPath, with $(VAR) references to the container's environment expanded.
   */
  'subPathExpr'?: (string);
  '_name'?: "name";
  '_readOnly'?: "readOnly";
  '_recursiveReadOnly'?: "recursiveReadOnly";
  '_mountPath'?: "mountPath";
  '_subPath'?: "subPath";
  '_mountPropagation'?: "mountPropagation";
  '_subPathExpr'?: "subPathExpr";
}

/**
 * VolumeMount mounts one of the pod's volumes into the container.
 */
export interface VolumeMount__Output {
  /**
   * The name of a volume of the pod.
   */
  'name'?: (string);
  'readOnly'?: (boolean);
  /**
   * "Disabled", "IfPossible" or "Enabled": whether read-only also applies to submounts.
   */
  'recursiveReadOnly'?: (string);
  /**
   * Where inside the container; must not contain ':'.
   */
  'mountPath'?: (string);
  /**
   * A path inside the volume to mount instead of its root.
   */
  'subPath'?: (string);
  /**
   * "None" (the default), "HostToContainer" or "Bidirectional".
   */
  'mountPropagation'?: (string);
  /**
   * Like subPath, with $(VAR) references to the container's environment expanded.
   */
  'subPathExpr'?: (string);
}
