/** kubectl's descriptions of Services, Nodes, Namespaces, ConfigMaps and Secrets, and the generic one for every other kind. */
import type { ConfigMap, Endpoints, Namespace, Node, Secret, Service } from '../../client/index.js';
import type { KubeObject } from '../../api/index.js';
import { toYaml } from '../yaml-output.js';
import { rfc1123z, selectorText, writeAnnotations, writeLabels, writeObjectMeta, mapText } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';

function targetPortText(t: { intVal?: number | null; strVal?: string | null } | null | undefined): string {
  if (!t) return '<none>';
  return t.intVal !== undefined && t.intVal !== null ? String(t.intVal) : (t.strVal ?? '');
}

/** A Service's description (with its Endpoints, when read), without the Events. */
export function describeService(w: PrefixWriter, svc: Service, endpoints: Endpoints | undefined): void {
  writeObjectMeta(w, svc);
  const spec = svc.spec;
  w.field(0, 'Selector', mapText(spec?.selector));
  w.field(0, 'Type', spec?.type ?? 'ClusterIP');
  if (spec?.ipFamilyPolicy) w.field(0, 'IP Family Policy', spec.ipFamilyPolicy);
  if ((spec?.ipFamilies ?? []).length > 0) w.field(0, 'IP Families', (spec?.ipFamilies ?? []).join(','));
  w.field(0, 'IP', spec?.clusterIP || '');
  if ((spec?.clusterIPs ?? []).length > 0) w.field(0, 'IPs', (spec?.clusterIPs ?? []).join(','));
  if ((spec?.externalIPs ?? []).length > 0) w.field(0, 'External IPs', (spec?.externalIPs ?? []).join(','));
  if (spec?.loadBalancerIP) w.field(0, 'IP', spec.loadBalancerIP);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) w.field(0, 'LoadBalancer Ingress', ingress.map((i) => i.ip || i.hostname || '').join(', '));
  for (const p of spec?.ports ?? []) {
    const name = p.name || '<unset>';
    w.field(0, 'Port', `${name}  ${p.port ?? 0}/${p.protocol ?? 'TCP'}`);
    const tp = targetPortText(p.targetPort);
    w.field(0, 'TargetPort', `${tp === '<none>' ? String(p.port ?? 0) : tp}/${p.protocol ?? 'TCP'}`);
    if (p.nodePort) w.field(0, 'NodePort', `${name}  ${p.nodePort}/${p.protocol ?? 'TCP'}`);
    const addrs: string[] = [];
    for (const s of endpoints?.subsets ?? []) {
      const port = (s.ports ?? []).find((ep) => (ep.name ?? '') === (p.name ?? '')) ?? ((s.ports ?? []).length === 1 ? s.ports![0] : undefined);
      if (!port) continue;
      for (const a of s.addresses ?? []) addrs.push(`${a.ip ?? ''}:${port.port ?? 0}`);
    }
    w.field(0, 'Endpoints', addrs.length === 0 ? '<none>' : addrs.length > 3 ? `${addrs.slice(0, 3).join(',')} + ${addrs.length - 3} more...` : addrs.join(','));
  }
  w.field(0, 'Session Affinity', spec?.sessionAffinity ?? 'None');
  if (spec?.externalTrafficPolicy) w.field(0, 'External Traffic Policy', spec.externalTrafficPolicy);
  if (spec?.internalTrafficPolicy) w.field(0, 'Internal Traffic Policy', spec.internalTrafficPolicy);
}

/** A Node's description, without the Events. */
export function describeNode(w: PrefixWriter, node: Node): void {
  const m = node.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  writeLabels(w, 0, 'Roles', Object.fromEntries(Object.keys(m.labels ?? {}).filter((k) => k.startsWith('node-role.kubernetes.io/')).map((k) => [k.slice('node-role.kubernetes.io/'.length), ''])));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'CreationTimestamp', rfc1123z(m.creationTimestamp));
  const taints = node.spec?.taints ?? [];
  w.field(0, 'Taints', taints.length === 0 ? '<none>' : taints.map((t) => `${t.key ?? ''}${t.value ? `=${t.value}` : ''}:${t.effect ?? ''}`).join('\n\t'));
  w.field(0, 'Unschedulable', node.spec?.unschedulable ? 'true' : 'false');
  const conditions = node.status?.conditions ?? [];
  w.write(0, 'Conditions:\n');
  w.write(1, 'Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
  w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
  for (const c of conditions) w.write(1, `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
  w.write(0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(1, `${a.type ?? ''}:\t${a.address ?? ''}\n`);
  const writeQuantities = (title: string, q: Readonly<Record<string, string>> | null | undefined): void => {
    const keys = Object.keys(q ?? {}).sort();
    if (keys.length === 0) return;
    w.write(0, `${title}:\n`);
    for (const k of keys) w.write(1, `${k}:\t${q![k]!}\n`);
  };
  writeQuantities('Capacity', node.status?.capacity as Record<string, string> | undefined);
  writeQuantities('Allocatable', node.status?.allocatable as Record<string, string> | undefined);
  const info = node.status?.nodeInfo;
  if (info) {
    w.write(0, 'System Info:\n');
    w.write(1, `Machine ID:\t${info.machineID ?? ''}\n`);
    w.write(1, `Kernel Version:\t${info.kernelVersion ?? ''}\n`);
    w.write(1, `OS Image:\t${info.osImage ?? ''}\n`);
    w.write(1, `Operating System:\t${info.operatingSystem ?? ''}\n`);
    w.write(1, `Architecture:\t${info.architecture ?? ''}\n`);
    w.write(1, `Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}\n`);
    w.write(1, `Kubelet Version:\t${info.kubeletVersion ?? ''}\n`);
  }
  if (node.spec?.podCIDR) w.field(0, 'PodCIDR', node.spec.podCIDR);
}

/** A Namespace's description. */
export function describeNamespace(w: PrefixWriter, ns: Namespace): void {
  writeObjectMeta(w, ns, { namespace: false });
  w.field(0, 'Status', ns.status?.phase ?? 'Active');
  const conditions = ns.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) w.write(1, `${c.type ?? ''}\t${c.status ?? ''}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
}

/** A ConfigMap's description: its data and binary data. */
export function describeConfigMap(w: PrefixWriter, cm: ConfigMap): void {
  writeObjectMeta(w, cm);
  w.write(0, '\nData\n====\n');
  const data = cm.data ?? {};
  for (const k of Object.keys(data).sort()) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${data[k]!}\n\n`);
  }
  w.write(0, '\nBinaryData\n====\n');
  const bin = (cm.binaryData ?? {}) as Record<string, Buffer>;
  for (const k of Object.keys(bin).sort()) w.write(0, `${k}: ${bin[k]!.length} bytes\n`);
  w.write(0, '\n');
}

/** A Secret's description: the sizes of its values, never the values. */
export function describeSecret(w: PrefixWriter, s: Secret): void {
  writeObjectMeta(w, s);
  w.write(0, `\nType:\t${s.type ?? 'Opaque'}\n`);
  w.write(0, '\nData\n====\n');
  const data = (s.data ?? {}) as Record<string, Buffer>;
  for (const k of Object.keys(data).sort()) w.write(0, `${k}:\t${data[k]!.length} bytes\n`);
}

/** Any other kind: the head, then spec and status as indented YAML. */
export function describeGeneric(w: PrefixWriter, obj: KubeObject, json: Record<string, unknown>): void {
  const m = obj.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  if (m.namespace) w.field(0, 'Namespace', m.namespace);
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'API Version', obj.apiVersion ?? '');
  w.field(0, 'Kind', obj.kind ?? '');
  const rest = Object.fromEntries(Object.entries(json).filter(([k]) => !['apiVersion', 'kind', 'metadata'].includes(k)));
  const sel = (json['spec'] as { selector?: unknown } | undefined)?.selector;
  if (sel && typeof sel === 'object') w.field(0, 'Selector', selectorText(sel as Parameters<typeof selectorText>[0]));
  for (const [k, v] of Object.entries(rest)) {
    if (v && typeof v === 'object' && Object.keys(v).length > 0) {
      w.write(0, `${k[0]!.toUpperCase()}${k.slice(1)}:\n`);
      for (const line of toYaml(v).trimEnd().split('\n')) w.write(1, `${line.replace(/\t/g, ' ')}\n`);
    } else if (v !== null && typeof v !== 'object') w.field(0, `${k[0]!.toUpperCase()}${k.slice(1)}`, String(v));
  }
}
