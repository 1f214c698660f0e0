import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { edit, startRegistry, type RegistryFixture } from './registry-test-helpers.js';
import { coreStrategies } from './strategies/core/index.js';

// Kubernetes defaults every body it decodes, a status update's too: a Node reporting its capacity
// through nodes/status has it stored in canonical form, as through the main resource.

let fixture: RegistryFixture | undefined;

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('a status update is defaulted like every other write', () => {
  it('stores the canonical form of the quantities a Node reports', async () => {
    fixture = await startRegistry({ strategies: coreStrategies });
    const nodes = fixture.store('nodes');
    const created = await nodes.create('', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } } as KubeObject);
    const reported = { ...edit(created), status: { capacity: { cpu: '2000m', memory: '2048Mi', pods: '110' }, allocatable: { memory: '0.5Gi' } } } as KubeObject;
    const updated = (await nodes.update('', 'n1', reported, { subresource: 'status' })).object as { status?: unknown };
    expect(updated.status).toMatchObject({ capacity: { cpu: '2', memory: '2Gi', pods: '110' }, allocatable: { memory: '512Mi' } });
  });
});
