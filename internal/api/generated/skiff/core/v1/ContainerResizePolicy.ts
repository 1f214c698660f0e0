// Original file: proto/core/v1/container.proto


/**
 * ContainerResizePolicy says how a container takes an in-place change of one resource.
 */
export interface ContainerResizePolicy {
  /**
   * cpu or memory.
   */
  'resourceName'?: (string);
  /**
   * "NotRequired" (the default) or "RestartContainer".
   */
  'restartPolicy'?: (string);
  '_resourceName'?: "resourceName";
  '_restartPolicy'?: "restartPolicy";
}

/**
 * ContainerResizePolicy says how a container takes an in-place change of one resource.
 */
export interface ContainerResizePolicy__Output {
  /**
   * cpu or memory.
   */
  'resourceName'?: (string);
  /**
   * "NotRequired" (the default) or "RestartContainer".
   */
  'restartPolicy'?: (string);
}
