/**
 * The registry of describers by kind, and `describeObject`: the kind's description followed by
 * the object's Events (found by involvedObject name, namespace and uid), laid out by PrefixWriter.
 */
import type { KindInfo, KubeObject } from '../../api/index.js';
import type { ConfigMap, Deployment, Endpoints, Event, Namespace, Node, Pod, ReplicaSet, Secret, Service } from '../../client/index.js';
import type { CommandContext } from '../command-context.js';
import { toJson } from '../object-json.js';
import { describeConfigMap, describeGeneric, describeNamespace, describeNode, describeSecret, describeService } from './core-describers.js';
import { writeEvents } from './describe-helpers.js';
import { describePod } from './pod-describer.js';
import { PrefixWriter } from './prefix-writer.js';
import { describeDeployment, describeReplicaSet } from './workload-describers.js';

/** What a describer may read besides the object. */
export interface DescribeExtras {
  readonly endpoints?: Endpoints;
}

type Describer = (w: PrefixWriter, obj: KubeObject, extras: DescribeExtras) => void;

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
]);

/** Kinds whose description kubectl ends without Events. */
const NO_EVENTS = new Set(['Namespace', 'ConfigMap', 'Secret', 'Event']);

/** The description of one object, given its events (undefined: no Events section). */
export function describeText(kind: KindInfo, obj: KubeObject, events: readonly Event[] | undefined, now: number, extras: DescribeExtras = {}): string {
  const w = new PrefixWriter();
  const d = DESCRIBERS.get(kind.kind);
  if (d) d(w, obj, extras);
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
  const extras: { endpoints?: Endpoints } = {};
  if (kind.kind === 'Service') {
    try {
      extras.endpoints = await ctx.client().endpoints(obj.metadata?.namespace ?? ctx.namespace).get(obj.metadata?.name ?? '');
    } catch {
      extras.endpoints = undefined;
    }
  }
  const events = showEvents && !NO_EVENTS.has(kind.kind) ? await eventsFor(ctx, obj) : undefined;
  return describeText(kind, obj, events, ctx.io.now(), extras);
}
