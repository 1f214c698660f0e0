/** Test support: a Job as the registry hands it to validation, defaulted, with its uid and generated selector. */
import { defaultJob } from '../../defaults/batch/index.js';
import type { Job__Output } from '../../generated/skiff/batch/v1/Job.js';

/** The uid of every fixture Job. */
export const JOB_UID = '9f2c6e1b-4d8a-4c7e-a35f-1b0d9e7c2a48';

/** A valid Job `pi` running perl once, changed by `mutate` before defaulting. */
export function jobFixture(mutate: (j: Job__Output) => void = () => {}): Job__Output {
  const labels = {
    'batch.kubernetes.io/controller-uid': JOB_UID,
    'batch.kubernetes.io/job-name': 'pi',
    'controller-uid': JOB_UID,
    'job-name': 'pi',
  };
  const j: Job__Output = {
    metadata: { name: 'pi', namespace: 'default', uid: JOB_UID },
    spec: {
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': JOB_UID } },
      template: { metadata: { labels }, spec: { containers: [{ name: 'pi', image: 'perl' }], restartPolicy: 'Never' } },
    },
  };
  mutate(j);
  defaultJob(j);
  return j;
}
