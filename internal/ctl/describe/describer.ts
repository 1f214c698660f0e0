/**
 * The registry of describers by kind, and `describeObject`: the kind's description followed by
 * the object's Events (found by involvedObject name, namespace and uid), laid out by PrefixWriter.
 */
import type { KindInfo, KubeObject } from '../../api/index.js';
import type { ConfigMap, Deployment, Endpoints, Event, Namespace, Node, ObjectOf, Pod, ReplicaSet, Secret, Service } from '../../client/index.js';
import type { CommandContext } from '../command-context.js';
import { toJson } from '../object-json.js';
import { describeCronJob, describeJob } from './batch-describers.js';
import { describeEndpoints, describePodDisruptionBudget, describePriorityClass, describeServiceAccount } from './cluster-describers.js';
import { describeConfigMap, describeGeneric, describeNamespace, describeNode, describeSecret, describeService } from './core-describers.js';
import { writeEvents } from './describe-helpers.js';
import { describeUnstructured, withRawFields } from './generic-describer.js';
import { describePod } from './pod-describer.js';
import { PrefixWriter } from './prefix-writer.js';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './storage-describers.js';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeReplicationController, describeStatefulSet } from './workload-describers.js';

/** What a describer may read besides the object. */
export interface DescribeExtras {
  readonly endpoints?: Endpoints;
  /** The pods of the object's namespace (controllers count theirs; claims list their users). */
  readonly pods?: readonly Pod[];
  /** The secrets of the object's namespace (a service account's tokens). */
  readonly secrets?: readonly Secret[];
}

type Describer = (w: PrefixWriter, obj: KubeObject, extras: DescribeExtras, kind: KindInfo, now: number) => void;

const unstructured: Describer = (w, o, _x, k) => describeUnstructured(w, o, toJson(k, o));

// Each describer is handed objects of its own kind only; the casts say so.
const DESCRIBERS: ReadonlyMap<string, Describer> = new Map<string, Describer>([
  ['Pod', (w, o) => describePod(w, o as Pod)],
  ['Deployment', (w, o) => describeDeployment(w, o as Deployment)],
  ['ReplicaSet', (w, o) => describeReplicaSet(w, o as ReplicaSet)],
  ['Service', (w, o, x) => describeService(w, o as Service, x.endpoints)],
  ['Node', (w, o) => describeNode(w, o as Node)],
  ['Namespace', (w, o) => describeNamespace(w, o as Namespace)],
  ['ConfigMap', (w, o) => describeConfigMap(w, o as ConfigMap)],
  ['Secret', (w, o) => describeSecret(w, o as Secret)],
  ['StatefulSet', (w, o, x) => describeStatefulSet(w, o as ObjectOf<'statefulsets'>, x.pods)],
  ['DaemonSet', (w, o, x) => describeDaemonSet(w, o as ObjectOf<'daemonsets'>, x.pods)],
  ['Job', (w, o) => describeJob(w, o as ObjectOf<'jobs'>)],
  ['CronJob', (w, o) => describeCronJob(w, o as ObjectOf<'cronjobs'>)],
  ['ReplicationController', (w, o, x) => describeReplicationController(w, o as ObjectOf<'replicationcontrollers'>, x.pods)],
  ['PersistentVolumeClaim', (w, o, x, _k, now) => describePersistentVolumeClaim(w, o as ObjectOf<'persistentvolumeclaims'>, x.pods, now)],
  ['PersistentVolume', (w, o, _x, _k, now) => describePersistentVolume(w, o as ObjectOf<'persistentvolumes'>, now)],
  ['ServiceAccount', (w, o, x) => describeServiceAccount(w, o as ObjectOf<'serviceaccounts'>, x.secrets)],
  ['Endpoints', (w, o) => describeEndpoints(w, o as Endpoints)],
  ['Event', unstructured],
  ['Lease', unstructured],
  ['PriorityClass', (w, o) => describePriorityClass(w, o as ObjectOf<'priorityclasses'>)],
  ['PodDisruptionBudget', (w, o) => describePodDisruptionBudget(w, o as ObjectOf<'poddisruptionbudgets'>)],
  ['StorageClass', (w, o) => describeStorageClass(w, o as ObjectOf<'storageclasses'>)],
  ['ControllerRevision', (w, o, _x, k) => describeUnstructured(w, o, withRawFields(toJson(k, o), ['data']))],
  ['PodTemplate', unstructured],
]);

/** Kinds whose description kubectl ends without Events. */
const NO_EVENTS = new Set(['Namespace', 'ConfigMap', 'Secret']);

/** Kinds whose description reads the pods of the object's namespace. */
const NEEDS_PODS = new Set(['StatefulSet', 'DaemonSet', 'ReplicationController', 'PersistentVolumeClaim']);

/** The description of one object, given its events (undefined: no Events section). */
export function describeText(kind: KindInfo, obj: KubeObject, events: readonly Event[] | undefined, now: number, extras: DescribeExtras = {}): string {
  const w = new PrefixWriter();
  const d = DESCRIBERS.get(kind.kind);
  if (d) d(w, obj, extras, kind, now);
  else describeGeneric(w, obj, toJson(kind, obj));
  if (!NO_EVENTS.has(kind.kind)) writeEvents(w, events, now);
  return w.toString();
}

/** The events about an object. */
export async function eventsFor(ctx: CommandContext, obj: KubeObject): Promise<Event[]> {
  const m = obj.metadata ?? {};
  const events = ctx.client().events(m.namespace || undefined);
  const fieldSelector = [`involvedObject.name=${m.name ?? ''}`, ...(m.namespace ? [`involvedObject.namespace=${m.namespace}`] : []), ...(m.uid ? [`involvedObject.uid=${m.uid}`] : [])].join(',');
  let items: Event[];
  try {
    items = (await events.list({ fieldSelector })).items;
  } catch {
    items = (await events.list()).items;
  }
  return items.filter((e) => e.involvedObject?.name === m.name && (!m.uid || !e.involvedObject?.uid || e.involvedObject.uid === m.uid));
}

/** Fetches what the description needs and returns its text. */
export async function describeObject(ctx: CommandContext, kind: KindInfo, obj: KubeObject, showEvents: boolean): Promise<string> {
  const extras: { endpoints?: Endpoints; pods?: Pod[]; secrets?: Secret[] } = {};
  const namespace = obj.metadata?.namespace ?? ctx.namespace;
  if (kind.kind === 'Service') {
    try {
      extras.endpoints = await ctx.client().endpoints(namespace).get(obj.metadata?.name ?? '');
    } catch {
      extras.endpoints = undefined;
    }
  }
  if (NEEDS_PODS.has(kind.kind)) {
    try {
      extras.pods = (await ctx.client().pods(namespace).list()).items;
    } catch {
      extras.pods = undefined;
    }
  }
  if (kind.kind === 'ServiceAccount') {
    try {
      extras.secrets = (await ctx.client().secrets(namespace).list()).items;
    } catch {
      extras.secrets = undefined;
    }
  }
  const events = showEvents && !NO_EVENTS.has(kind.kind) ? await eventsFor(ctx, obj) : undefined;
  return describeText(kind, obj, events, ctx.io.now(), extras);
}
