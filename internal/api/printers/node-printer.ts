/**
 * The Node printer: NAME STATUS ROLES AGE VERSION | INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION
 * CONTAINER-RUNTIME. STATUS reads only the Ready condition (`Ready`, `NotReady`, or `Unknown` when
 * the node has never reported one) and adds `SchedulingDisabled` for a cordoned node.
 */
import type { Node__Output } from '../generated/skiff/core/v1/Node.js';
import { NONE, compareBytes } from './cell-format.js';
import { translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn, wideColumn } from './kind-printer.js';

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
// The older single-valued role label, still honoured by kubectl.
const NODE_ROLE_LABEL = 'kubernetes.io/role';
const UNKNOWN = '<unknown>';

/** The STATUS cell of a node. */
export function nodeStatusText(node: Node__Output): string {
  const parts: string[] = [];
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  if (ready) parts.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  else parts.push('Unknown');
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

/** The roles of a node from its `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels, sorted. */
export function nodeRoles(node: Node__Output): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(NODE_ROLE_PREFIX)) {
      const role = k.slice(NODE_ROLE_PREFIX.length);
      if (role !== '') roles.add(role);
    } else if (k === NODE_ROLE_LABEL && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort(compareBytes);
}

function address(node: Node__Output, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? NONE;
}

/** The Node printer. */
export const nodePrinter: KindPrinter<Node__Output> = definePrinter({
  kind: 'Node',
  columns: [
    nameColumn(),
    column('Status', 'string', 'The status of the node'),
    column('Roles', 'string', 'The roles of the node'),
    ageColumn(),
    column('Version', 'string', 'The version of the kubelet on the node.'),
    wideColumn('Internal-IP', 'string', 'The first InternalIP address of the node.'),
    wideColumn('External-IP', 'string', 'The first ExternalIP address of the node.'),
    wideColumn('OS-Image', 'string', 'The operating system image the node reports.'),
    wideColumn('Kernel-Version', 'string', 'The kernel version the node reports.'),
    wideColumn('Container-Runtime', 'string', 'The container runtime and version the node reports.'),
  ],
  cells(node, now) {
    const info = node.status?.nodeInfo ?? {};
    const roles = nodeRoles(node);
    return [
      node.metadata?.name ?? '',
      nodeStatusText(node),
      roles.length === 0 ? NONE : roles.join(','),
      translateTimestampSince(node.metadata?.creationTimestamp, now),
      info.kubeletVersion ?? '',
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info.osImage || UNKNOWN,
      info.kernelVersion || UNKNOWN,
      info.containerRuntimeVersion || UNKNOWN,
    ];
  },
});
