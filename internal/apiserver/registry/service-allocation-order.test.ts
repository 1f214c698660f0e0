import { afterEach, describe, expect, it, vi } from 'vitest';
import { newForbidden, type KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { StorageError } from '../../storage/index.js';
import { AdmissionChain } from '../admission/index.js';
import { ClusterIPAllocator, PortAllocator, serviceAllocationHooks } from '../allocator/index.js';
import { edit, startRegistry, statusErrorOf, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import { DEFAULT_STRATEGIES } from './strategies/index.js';

// The registry allocates a Service's ClusterIPs and NodePorts before the strategy validates it, as
// Kubernetes' generic store calls BeginCreate/BeginUpdate before BeforeCreate/BeforeUpdate: the
// allocation's refusal is the one a user sees, and whatever refuses the write later gives back
// what was taken.

let fixture: RegistryFixture | undefined;
/** While set, validating admission holds every dry run (allocation done, answer not yet given). */
let holdDryRuns: { reached(): void; until: Promise<void> } | undefined;

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
  holdDryRuns = undefined;
});

/**
 * A registry with Service allocation over 10.0.0.0/24 and ports 30000-30099; admission refuses
 * objects labelled `deny`, and holds dry runs while `holdDryRuns` is set.
 */
async function services(): Promise<ResourceStore> {
  const ipAllocator = new ClusterIPAllocator({ cidr: '10.0.0.0/24', random: () => 0 });
  const portAllocator = new PortAllocator({ range: '30000-30099', random: () => 0 });
  const deny = {
    name: 'Deny',
    validate: (a: { object?: KubeObject; name: string; dryRun: boolean }) => {
      if (a.dryRun && holdDryRuns) {
        holdDryRuns.reached();
        return holdDryRuns.until;
      }
      if (a.object?.metadata?.labels?.deny) throw newForbidden({ group: '', resource: 'services' }, a.name, 'denied');
    },
  };
  fixture = await startRegistry({
    strategies: DEFAULT_STRATEGIES,
    hooks: { services: serviceAllocationHooks({ ipAllocator, portAllocator }) },
    admission: () => new AdmissionChain([deny]),
  });
  return fixture.store('services');
}

function service(name: string, spec: ServiceSpec__Output, labels?: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', labels },
    spec: { selector: { app: name }, ports: [{ port: 80 }], ...spec },
  } as KubeObject;
}

const specOf = (obj: KubeObject): ServiceSpec__Output => (obj as Service__Output).spec ?? {};
const INVALID: ServiceSpec__Output = { sessionAffinity: 'Sticky' };
/** A NodePort Service's spec asking for 10.0.0.8 and 30080 (a fresh one each time: a create freezes what it stores). */
const nodePort = (): ServiceSpec__Output => ({ type: 'NodePort', clusterIP: '10.0.0.8', ports: [{ port: 80, nodePort: 30080 }] });

describe('a Service create', () => {
  it.each<[string, ServiceSpec__Output, string]>([
    [
      'a taken address',
      { clusterIP: '10.0.0.7' },
      'Service "b" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.7"}: failed to allocate IP 10.0.0.7: provided IP is already allocated',
    ],
    [
      'a node port out of range',
      { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] },
      'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-30099',
    ],
  ])('that is invalid and asks for %s is refused for the allocation', async (_name, spec, message) => {
    const svcs = await services();
    await svcs.create('default', service('a', { clusterIP: '10.0.0.7' }));
    const err = await statusErrorOf(svcs.create('default', service('b', { ...INVALID, ...spec })));
    expect([err.code, err.message]).toEqual([422, message]);
  });

  it("refuses a malformed clusterIP with the allocator's own check alone", async () => {
    const svcs = await services();
    const err = await statusErrorOf(svcs.create('default', service('b', { ...INVALID, clusterIP: '10.0.0.300', ports: [] })));
    expect(err.message).toBe(
      'Service "b" is invalid: spec.clusterIPs[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
  });

  it('of an unknown type is refused by validation, after taking an address it gives back', async () => {
    const svcs = await services();
    const err = await statusErrorOf(svcs.create('default', service('b', { type: 'Magic', clusterIP: '10.0.0.8' })));
    expect(err.message).toBe('Service "b" is invalid: spec.type: Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"');
    const next = await svcs.create('default', service('c', { clusterIP: '10.0.0.8' }));
    expect(specOf(next).clusterIPs).toEqual(['10.0.0.8']);
  });

  it.each<[string, (svcs: ResourceStore) => Promise<unknown>]>([
    ['refused by validation', (svcs) => svcs.create('default', service('b', { ...nodePort(), ...INVALID }))],
    ['refused by admission', (svcs) => svcs.create('default', service('b', nodePort(), { deny: 'yes' }))],
    ['refused for a name in use', (svcs) => svcs.create('default', service('a', nodePort()))],
    ['a dry run', (svcs) => svcs.create('default', service('b', nodePort()), { dryRun: true })],
  ])('%s leaves its address and node port free for the next one', async (_name, attempt) => {
    const svcs = await services();
    await svcs.create('default', service('a', {}));
    await attempt(svcs).catch(() => undefined);
    const next = await svcs.create('default', service('c', nodePort()));
    expect(specOf(next)).toMatchObject({ clusterIP: '10.0.0.8', ports: [{ nodePort: 30080 }] });
  });
});

describe('a Service update', () => {
  /** `web` (ClusterIP) and `other` (NodePort, holding 10.0.0.8 and 30080). */
  async function withTwo(): Promise<{ svcs: ResourceStore; web: KubeObject }> {
    const svcs = await services();
    const web = await svcs.create('default', service('web', {}));
    await svcs.create('default', service('other', nodePort()));
    return { svcs, web };
  }

  const toNodePort = (web: KubeObject, nodePort: number, extra: ServiceSpec__Output = {}, labels?: Record<string, string>): KubeObject => {
    const next = edit<Service__Output>(web);
    next.spec = { ...next.spec, type: 'NodePort', ports: [{ port: 80, protocol: 'TCP', nodePort }], ...extra };
    if (labels) next.metadata = { ...next.metadata, labels };
    return next;
  };

  it('that is invalid and asks for a taken node port is refused for the allocation', async () => {
    const { svcs, web } = await withTwo();
    const err = await statusErrorOf(svcs.update('default', 'web', toNodePort(web, 30080, INVALID)));
    expect(err.message).toBe('Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
  });

  it.each<[string, (svcs: ResourceStore, web: KubeObject) => Promise<unknown>]>([
    ['refused by validation', (svcs, web) => svcs.update('default', 'web', toNodePort(web, 30081, INVALID))],
    ['refused by admission', (svcs, web) => svcs.update('default', 'web', toNodePort(web, 30081, {}, { deny: 'yes' }))],
    [
      'lost to a concurrent write',
      (svcs, web) => {
        vi.spyOn(fixture!.storage, 'update').mockRejectedValueOnce(new StorageError('Conflict', 'changed meanwhile'));
        return svcs.update('default', 'web', toNodePort(web, 30081));
      },
    ],
  ])('%s leaves the node port it took free for the next one', async (_name, attempt) => {
    const { svcs, web } = await withTwo();
    await statusErrorOf(attempt(svcs, web));
    const next = await svcs.create('default', service('c', { type: 'NodePort', ports: [{ port: 80, nodePort: 30081 }] }));
    expect(specOf(next).ports?.[0].nodePort).toBe(30081);
  });

  it('on a dry run leaves the node port it took free for the next one', async () => {
    const { svcs, web } = await withTwo();
    const { object } = await svcs.update('default', 'web', toNodePort(web, 30081), { dryRun: true });
    expect(specOf(object).ports?.[0].nodePort).toBe(30081);
    const next = await svcs.create('default', service('c', { type: 'NodePort', ports: [{ port: 80, nodePort: 30081 }] }));
    expect(specOf(next).ports?.[0].nodePort).toBe(30081);
  });

  it('that removes the last finalizer of a deleted Service gives back everything it held', async () => {
    const svcs = await services();
    await svcs.create('default', { ...service('web', nodePort()), metadata: { name: 'web', namespace: 'default', finalizers: ['example.com/hold'] } });
    const { object: marked } = await svcs.delete('default', 'web');
    const next = edit<Service__Output>(marked!);
    next.metadata = { ...next.metadata, finalizers: [] };
    next.spec = { ...next.spec, type: 'ClusterIP' };
    await svcs.update('default', 'web', next);
    const again = await svcs.create('default', service('c', nodePort()));
    expect(specOf(again)).toMatchObject({ clusterIP: '10.0.0.8', ports: [{ nodePort: 30080 }] });
  });
});

describe('a Service replaced without its IP family policy and allocated address', () => {
  it.each<[string, ServiceSpec__Output, ServiceSpec__Output]>([
    ['a PreferDualStack Service', { ipFamilyPolicy: 'PreferDualStack' }, { ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4'], clusterIP: '10.0.0.2', clusterIPs: ['10.0.0.2'] }],
    [
      'a headless Service without a selector, single-stack by choice',
      { clusterIP: 'None', selector: undefined, ipFamilyPolicy: 'SingleStack' },
      { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'], clusterIP: 'None', clusterIPs: ['None'] },
    ],
  ])('keeps what %s was given', async (_name, spec, kept) => {
    // As `kubectl replace` of a manifest that names its policy, edited to leave it out.
    const svcs = await services();
    const manifest = service('web', spec);
    await svcs.create('default', structuredClone(manifest));
    const replacement = structuredClone(manifest) as Service__Output;
    const { ipFamilyPolicy: _policy, ...rest } = replacement.spec ?? {};
    replacement.spec = rest;
    const { object } = await svcs.update('default', 'web', replacement);
    expect(specOf(object)).toMatchObject(kept);
  });
});

describe('a Service dry run', () => {
  it('keeps no concurrent create from the address and node port it asks for', async () => {
    const svcs = await services();
    let reached!: () => void;
    let open!: () => void;
    const atAdmission = new Promise<void>((resolve) => (reached = resolve));
    holdDryRuns = { reached, until: new Promise<void>((resolve) => (open = resolve)) };
    const dryRun = svcs.create('default', service('b', nodePort()), { dryRun: true });
    await atAdmission;
    const real = await svcs.create('default', service('c', nodePort()));
    open();
    expect(specOf(real)).toMatchObject({ clusterIP: '10.0.0.8', ports: [{ nodePort: 30080 }] });
    expect(specOf(await dryRun)).toMatchObject({ clusterIP: '10.0.0.8', ports: [{ nodePort: 30080 }] });
  });

  it("answers a create with Kubernetes' placeholders for what a real one picks at random", async () => {
    const svcs = await services();
    const dryRun = await svcs.create('default', service('b', { type: 'NodePort' }), { dryRun: true });
    expect(specOf(dryRun)).toMatchObject({ clusterIP: '10.0.0.0', clusterIPs: ['10.0.0.0'], ports: [{ nodePort: 32769 }] });
    const real = await svcs.create('default', service('c', { type: 'NodePort' }));
    expect(specOf(real)).toMatchObject({ clusterIP: '10.0.0.2', ports: [{ nodePort: 30000 }] });
  });

  it('answers an update that adds a node port with a placeholder, taking nothing', async () => {
    const svcs = await services();
    const web = edit<Service__Output>(await svcs.create('default', service('web', {})));
    web.spec = { ...web.spec, type: 'NodePort' };
    const { object } = await svcs.update('default', 'web', web, { dryRun: true });
    expect(specOf(object)).toMatchObject({ clusterIP: '10.0.0.2', ports: [{ nodePort: 32769 }] });
    const next = await svcs.create('default', service('c', { type: 'NodePort' }));
    expect(specOf(next).ports?.[0].nodePort).toBe(30000);
  });
});
