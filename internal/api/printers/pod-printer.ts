/**
 * The Pod printer: NAME READY STATUS RESTARTS AGE | IP NODE NOMINATED NODE READINESS GATES, with
 * STATUS computed the way kubectl shows it against Kubernetes v1.32 (printPod in
 * pkg/printers/internalversion): the phase, overridden by the pod's reason, scheduling gates, the
 * first unfinished init container (`Init:1/2`, `Init:CrashLoopBackOff`), then the app containers'
 * waiting or terminated reasons, and finally deletion (`Terminating`, or `Unknown` for a pod on a
 * lost node).
 */
import type { ContainerStatus__Output } from '../generated/skiff/core/v1/ContainerStatus.js';
import type { Container__Output } from '../generated/skiff/core/v1/Container.js';
import type { PodCondition__Output } from '../generated/skiff/core/v1/PodCondition.js';
import type { Pod__Output } from '../generated/skiff/core/v1/Pod.js';
import type { TableRowCondition__Output } from '../generated/skiff/meta/v1/TableRowCondition.js';
import { NONE } from './cell-format.js';
import { humanDuration, timestampMillis, translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn, wideColumn } from './kind-printer.js';

// The status.reason the node lifecycle controller gives pods on a node that stopped reporting.
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';
const SCHEDULING_GATED = 'SchedulingGated';

/** STATUS, READY and RESTARTS of a pod, as kubectl computes them. */
export interface PodSummary {
  /** The STATUS cell: `Running`, `Init:0/1`, `CrashLoopBackOff`, `Completed`, `Terminating`, ... */
  readonly status: string;
  readonly readyContainers: number;
  readonly totalContainers: number;
  readonly restarts: number;
  /** When the most recently restarted counted container last finished, ms since the epoch. */
  readonly lastRestart?: number;
}

function isRestartableInit(c: Container__Output | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function hasCondition(conditions: readonly PodCondition__Output[] | undefined, type: string): boolean {
  const c = (conditions ?? []).find((x) => x.type === type);
  return c?.status === 'True';
}

function lastFinished(cs: ContainerStatus__Output): number | undefined {
  return timestampMillis(cs.lastState?.terminated?.finishedAt);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function terminatedText(prefix: string, t: { reason?: string; signal?: number; exitCode?: number }): string {
  if (t.reason) return prefix + t.reason;
  if (t.signal) return `${prefix}Signal:${t.signal}`;
  return `${prefix}ExitCode:${t.exitCode ?? 0}`;
}

/** The STATUS, READY and RESTARTS of a pod, by kubectl's rules. */
export function summarizePod(pod: Pod__Output): PodSummary {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  const initSpecs = new Map((spec.initContainers ?? []).map((c) => [c.name ?? '', c]));

  let reason = status.reason ? status.reason : phase;
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === SCHEDULING_GATED)) {
    reason = SCHEDULING_GATED;
  }

  let total = (spec.containers ?? []).length;
  for (const c of spec.initContainers ?? []) if (isRestartableInit(c)) total++;
  let ready = 0;
  let restarts = 0;
  let lastRestart: number | undefined;
  let sidecarRestarts = 0;
  let lastSidecarRestart: number | undefined;

  // Init containers run in order; the first one not yet done decides the status.
  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    const restartable = isRestartableInit(initSpecs.get(cs.name ?? ''));
    restarts += cs.restartCount ?? 0;
    lastRestart = later(lastRestart, lastFinished(cs));
    if (restartable) {
      sidecarRestarts += cs.restartCount ?? 0;
      lastSidecarRestart = later(lastSidecarRestart, lastFinished(cs));
    }
    const terminated = cs.state?.terminated;
    const waiting = cs.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (restartable && cs.started === true) {
      if (cs.ready) ready++;
      continue;
    }
    if (terminated) reason = terminatedText('Init:', terminated);
    else if (waiting?.reason && waiting.reason !== 'PodInitializing') reason = `Init:${waiting.reason}`;
    else reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }

  if (!initializing || hasCondition(status.conditions, 'Initialized')) {
    // Once initialized, only sidecars' restarts count beside the app containers'.
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walked last to first so the first container's state has the final word.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestart = later(lastRestart, lastFinished(cs));
      const { waiting, terminated, running } = cs.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (terminated) reason = terminatedText('', terminated);
      else if (cs.ready && running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = hasCondition(status.conditions, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  const deleting = timestampMillis(pod.metadata?.deletionTimestamp) !== undefined;
  if (deleting && status.reason === NODE_UNREACHABLE_POD_REASON) reason = 'Unknown';
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  return { status: reason, readyContainers: ready, totalContainers: total, restarts, lastRestart };
}

/** The RESTARTS cell: `0`, or `3 (5m ago)` when the last restart time is known. */
export function restartsText(summary: PodSummary, now: number): string {
  if (summary.restarts === 0 || summary.lastRestart === undefined) return String(summary.restarts);
  return `${summary.restarts} (${humanDuration(now - summary.lastRestart)} ago)`;
}

function readinessGatesText(pod: Pod__Output): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return NONE;
  const conditions = pod.status?.conditions ?? [];
  let trueCount = 0;
  for (const gate of gates) {
    const c = conditions.find((x) => x.type === gate.conditionType);
    if (c?.status === 'True') trueCount++;
  }
  return `${trueCount}/${gates.length}`;
}

function podIP(pod: Pod__Output): string {
  // podIPs[0] is the primary address; older writers set only podIP.
  return pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || NONE;
}

const SUCCEEDED: TableRowCondition__Output = Object.freeze({
  type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.',
});
const FAILED: TableRowCondition__Output = Object.freeze({
  type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.',
});

/** The Pod printer. */
export const podPrinter: KindPrinter<Pod__Output> = definePrinter({
  kind: 'Pod',
  columns: [
    nameColumn(),
    column('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    column('Status', 'string', 'The aggregate status of the containers in this pod.'),
    column('Restarts', 'string', 'How many times the containers in this pod have restarted, and when the last one did.'),
    ageColumn(),
    wideColumn('IP', 'string', 'The primary IP address of the pod.'),
    wideColumn('Node', 'string', 'The node the pod is bound to.'),
    wideColumn('Nominated Node', 'string', 'The node the scheduler nominated for this pod after preempting others.'),
    wideColumn('Readiness Gates', 'string', 'How many of the pod\'s readiness gates are true.'),
  ],
  cells(pod, now) {
    const s = summarizePod(pod);
    return [
      pod.metadata?.name ?? '',
      `${s.readyContainers}/${s.totalContainers}`,
      s.status,
      restartsText(s, now),
      translateTimestampSince(pod.metadata?.creationTimestamp, now),
      podIP(pod),
      pod.spec?.nodeName || NONE,
      pod.status?.nominatedNodeName || NONE,
      readinessGatesText(pod),
    ];
  },
  conditions(pod) {
    if (pod.status?.phase === 'Succeeded') return [SUCCEEDED];
    if (pod.status?.phase === 'Failed') return [FAILED];
    return [];
  },
});
