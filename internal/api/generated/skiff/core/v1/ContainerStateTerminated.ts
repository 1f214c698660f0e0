// Original file: proto/core/v1/pod.proto


/**
 * ContainerStateTerminated: the container ran and exited.
 */
export interface ContainerStateTerminated {
  'exitCode'?: (number);
  /**
   * The signal that ended it, if any.
   */
  'signal'?: (number);
  /**
   * Completed, Error, OOMKilled, ...
   */
  'reason'?: (string);
  'message'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
  'containerID'?: (string);
  '_exitCode'?: "exitCode";
  '_signal'?: "signal";
  '_reason'?: "reason";
  '_message'?: "message";
  '_startedAt'?: "startedAt";
  '_finishedAt'?: "finishedAt";
  '_containerID'?: "containerID";
}

/**
 * ContainerStateTerminated: the container ran and exited.
 */
export interface ContainerStateTerminated__Output {
  'exitCode'?: (number);
  /**
   * The signal that ended it, if any.
   */
  'signal'?: (number);
  /**
   * Completed, Error, OOMKilled, ...
   */
  'reason'?: (string);
  'message'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
  'containerID'?: (string);
}
