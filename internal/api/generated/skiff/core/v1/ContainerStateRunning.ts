// Original file: proto/core/v1/pod.proto


/**
 * ContainerStateRunning: the container is running.
 */
export interface ContainerStateRunning {
  'startedAt'?: (string);
  '_startedAt'?: "startedAt";
}

/**
 * ContainerStateRunning: the container is running.
 */
export interface ContainerStateRunning__Output {
  'startedAt'?: (string);
}
