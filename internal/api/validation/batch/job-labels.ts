/** The labels that tie a Job's pods to it, generated unless the Job sets `manualSelector`. */

/** The job-name label (batch.kubernetes.io/job-name). */
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/** The controller-uid label the generated selector matches (batch.kubernetes.io/controller-uid). */
export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
/** The unprefixed job-name label Kubernetes still sets for old clients. */
export const LEGACY_JOB_NAME_LABEL = 'job-name';
/** The unprefixed controller-uid label Kubernetes still sets for old clients. */
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';
