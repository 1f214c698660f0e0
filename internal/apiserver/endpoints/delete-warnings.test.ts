// Where the warnings a kind gives a delete by its options are recorded: once a request, before the
// store reads an object, as Kubernetes' Job storage adds them in REST.Delete and
// REST.DeleteCollection before the generic store runs. The faces deduplicate what reaches the
// wire, so these count what is recorded.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { statusErrorOf, useRegistry } from '../registry/registry-test-helpers.js';
import { recordingWarnings } from '../registry/request-options.js';
import { DEFAULT_STRATEGIES } from '../registry/strategies/index.js';
import { JOB_DEFAULT_PROPAGATION_WARNING } from '../registry/strategies/batch/index.js';
import { deleteCollection, deleteOn } from './resource-calls.js';

const start = useRegistry();

const job = (name: string): KubeObject =>
  ({ metadata: { name }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } } }) as KubeObject;

describe('the warnings of a Job delete with the default propagation', () => {
  it('are recorded once for a deletecollection, however many Jobs it deletes', async () => {
    const { f } = await start({ strategies: DEFAULT_STRATEGIES });
    const jobs = f.store('batch/jobs');
    for (const name of ['a', 'b', 'c']) await jobs.create('default', job(name));
    const warnings: string[] = [];
    const options = recordingWarnings({}, warnings);
    const result = await deleteCollection(jobs, 'default', {}, options);
    expect(result.items).toHaveLength(3);
    expect(warnings).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
  });

  it('are recorded for a deletecollection that selects nothing', async () => {
    const { f } = await start({ strategies: DEFAULT_STRATEGIES });
    const warnings: string[] = [];
    const options = recordingWarnings({}, warnings);
    await deleteCollection(f.store('batch/jobs'), 'default', {}, options);
    expect(warnings).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
  });

  it('are recorded before the Job is read, so a delete of a missing one has them too', async () => {
    const { f } = await start({ strategies: DEFAULT_STRATEGIES });
    const warnings: string[] = [];
    const options = recordingWarnings({}, warnings);
    expect((await statusErrorOf(deleteOn(f.store('batch/jobs'), 'default', 'missing', options))).code).toBe(404);
    expect(warnings).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
  });
});
