// Original file: proto/batch/v1/job.proto


/**
 * UncountedTerminatedPods holds the uids of finished pods whose tracking finalizer is being removed
 * before they are added to succeeded or failed.
 */
export interface UncountedTerminatedPods {
  'succeeded'?: (string)[];
  'failed'?: (string)[];
}

/**
 * UncountedTerminatedPods holds the uids of finished pods whose tracking finalizer is being removed
 * before they are added to succeeded or failed.
 */
export interface UncountedTerminatedPods__Output {
  'succeeded'?: (string)[];
  'failed'?: (string)[];
}
