// Original file: proto/core/v1/pod.proto


/**
 * ContainerStateWaiting: the container is not running yet (ContainerCreating, ImagePullBackOff, CrashLoopBackOff, ...).
 */
export interface ContainerStateWaiting {
  'reason'?: (string);
  'message'?: (string);
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * ContainerStateWaiting: the container is not running yet (ContainerCreating, ImagePullBackOff, CrashLoopBackOff, ...).
 */
export interface ContainerStateWaiting__Output {
  'reason'?: (string);
  'message'?: (string);
}
