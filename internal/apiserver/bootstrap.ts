/**
 * What exists from the first start, as in Kubernetes: the system namespaces, a `default`
 * ServiceAccount in every namespace, the two built-in PriorityClasses, and the `default/kubernetes`
 * Service with Endpoints pointing at this API server (the REST listener as `https`, what in-cluster
 * Kubernetes clients speak, and the gRPC listener as `grpc`). Idempotent: every start checks and
 * repairs.
 */
import { StatusError, type KubeObject, type KubeObjectWithSpec } from '../api/index.js';
import type { Registry } from './registry/registry.js';
import type { AllocationHooks } from './registry/strategy.js';

/** Namespaces that always exist. */
export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

/** The built-in priority classes. */
export const SYSTEM_PRIORITY_CLASSES = [
  { name: 'system-node-critical', value: 2000001000, description: 'Used for system critical pods that must not be moved from their current node.' },
  { name: 'system-cluster-critical', value: 2000000000, description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.' },
] as const;

/** Where the `kubernetes` Service's endpoints point. */
export interface MasterEndpoints {
  readonly ip: string;
  readonly httpsPort: number;
  readonly grpcPort: number;
  /** The ClusterIP of the `kubernetes` Service (the first address of the service range). */
  readonly clusterIP: string;
}

async function ignoreExists<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof StatusError && err.reason === 'AlreadyExists') return undefined;
    throw err;
  }
}

/** The hook that gives every new namespace its `default` ServiceAccount, before the create returns. */
export function namespaceHooks(registry: () => Registry): AllocationHooks {
  return {
    async afterCreate(ns: KubeObject): Promise<void> {
      await ensureDefaultServiceAccount(registry(), ns.metadata?.name ?? '');
    },
  };
}

async function ensureDefaultServiceAccount(registry: Registry, namespace: string): Promise<void> {
  const sas = registry.storeFor({ group: '', resource: 'serviceaccounts' });
  if (sas.peek(namespace, 'default')) return;
  await ignoreExists(sas.create(namespace, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } }));
}

/** Creates or repairs everything that must exist. */
export async function bootstrap(registry: Registry, master: MasterEndpoints): Promise<void> {
  const namespaces = registry.storeFor({ group: '', resource: 'namespaces' });
  for (const name of SYSTEM_NAMESPACES) {
    if (!namespaces.peek('', name)) await ignoreExists(namespaces.create('', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } }));
  }
  for (const ns of namespaces.peekAll()) {
    if (!ns.metadata?.deletionTimestamp) await ensureDefaultServiceAccount(registry, ns.metadata?.name ?? '');
  }
  const classes = registry.storeFor({ group: 'scheduling.k8s.io', resource: 'priorityclasses' });
  for (const pc of SYSTEM_PRIORITY_CLASSES) {
    if (classes.peek('', pc.name)) continue;
    await ignoreExists(
      classes.create('', { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: pc.name }, value: pc.value, description: pc.description } as KubeObject),
    );
  }
  await ensureKubernetesService(registry, master);
}

async function ensureKubernetesService(registry: Registry, master: MasterEndpoints): Promise<void> {
  const services = registry.storeFor({ group: '', resource: 'services' });
  const ports = [
    { name: 'https', protocol: 'TCP', port: 443, targetPort: { intVal: master.httpsPort } },
    { name: 'grpc', protocol: 'TCP', port: 6443, targetPort: { intVal: master.grpcPort } },
  ];
  const existing = services.peek('default', 'kubernetes') as (KubeObject & { spec?: { ports?: unknown[] } }) | undefined;
  const spec = { type: 'ClusterIP', clusterIP: master.clusterIP, clusterIPs: [master.clusterIP], sessionAffinity: 'None', ports };
  const labels = { component: 'apiserver', provider: 'kubernetes' };
  if (!existing) {
    await ignoreExists(services.create('default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default', labels }, spec } as KubeObject));
  } else if (JSON.stringify(existing.spec?.ports?.map((p) => (p as { targetPort?: unknown }).targetPort)) !== JSON.stringify(ports.map((p) => p.targetPort))) {
    await services.guaranteedUpdate('default', 'kubernetes', undefined, {}, '', (cur) => ({ ...cur, spec: { ...((cur as KubeObjectWithSpec).spec as object), ports } }) as KubeObject);
  }
  const endpoints = registry.storeFor({ group: '', resource: 'endpoints' });
  const subsets = [
    {
      addresses: [{ ip: master.ip }],
      ports: [
        { name: 'https', port: master.httpsPort, protocol: 'TCP' },
        { name: 'grpc', port: master.grpcPort, protocol: 'TCP' },
      ],
    },
  ];
  const body = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }, subsets } as KubeObject;
  if (!endpoints.peek('default', 'kubernetes')) await ignoreExists(endpoints.create('default', body));
  else await endpoints.update('default', 'kubernetes', body);
}
