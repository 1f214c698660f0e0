// What a delete that names no propagation policy does to each served kind's dependents: Kubernetes
// 1.32's DefaultGarbageCollectionPolicy for the version Skiff serves. v1 ReplicationControllers and
// batch/v1 Jobs orphan them for compatibility, Events never wait on the collector, and every other
// kind (those whose strategy declares DeleteDependents and those that declare nothing) leaves them
// to the collector in the background.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../api/index.js';
import { DEFAULT_STRATEGIES } from './index.js';

const DECLARED: Readonly<Record<string, string>> = {
  events: 'Unsupported',
  replicationcontrollers: 'OrphanDependents',
  jobs: 'OrphanDependents',
};

describe('each served kind’s default garbage collection policy', () => {
  const stored = KINDS.filter((k) => k.persisted).map((k) => k.resource);
  it.each(stored)('%s', (resource) => {
    expect(DEFAULT_STRATEGIES[resource]?.defaultGarbageCollectionPolicy ?? 'DeleteDependents').toBe(DECLARED[resource] ?? 'DeleteDependents');
  });
});
