/**
 * The Service and Endpoints printers. Service: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE |
 * SELECTOR, ports as `80:30080/TCP,443/TCP`, EXTERNAL-IP by type (`<none>`, `<pending>` for a load
 * balancer not yet given an address, the external name). Endpoints: NAME ENDPOINTS AGE, at most
 * three `ip:port` pairs then `+ N more...`.
 */
import type { Endpoints__Output } from '../generated/skiff/core/v1/Endpoints.js';
import type { ServicePort__Output } from '../generated/skiff/core/v1/ServicePort.js';
import type { Service__Output } from '../generated/skiff/core/v1/Service.js';
import { NONE, compareBytes, formatLabels } from './cell-format.js';
import { translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn, wideColumn } from './kind-printer.js';

const MAX_ENDPOINTS = 3;

function loadBalancerAddresses(svc: Service__Output): string[] {
  const set = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  return [...set].sort(compareBytes);
}

/**
 * The EXTERNAL-IP cell. Server-side printing is always wide, so the load balancer list is never
 * clipped to 16 characters as kubectl's legacy client-side printer once did.
 */
export function serviceExternalIP(svc: Service__Output): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : NONE;
    case 'LoadBalancer': {
      const lb = loadBalancerAddresses(svc);
      if (externalIPs.length > 0) return [...lb, ...externalIPs].join(',');
      return lb.length > 0 ? lb.join(',') : '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** The PORT(S) cell: `port/protocol`, or `port:nodePort/protocol` when a node port is allocated. */
export function servicePortsText(ports: readonly ServicePort__Output[] | null | undefined): string {
  const text = (ports ?? [])
    .map((p) => {
      const protocol = p.protocol ?? '';
      return p.nodePort && p.nodePort > 0 ? `${p.port ?? 0}:${p.nodePort}/${protocol}` : `${p.port ?? 0}/${protocol}`;
    })
    .join(',');
  return text === '' ? NONE : text;
}

function clusterIP(svc: Service__Output): string {
  // clusterIPs[0] is authoritative; objects written before dual-stack carry only clusterIP.
  return svc.spec?.clusterIPs?.[0] || svc.spec?.clusterIP || NONE;
}

/** The Service printer. */
export const servicePrinter: KindPrinter<Service__Output> = definePrinter({
  kind: 'Service',
  columns: [
    nameColumn(),
    column('Type', 'string', 'How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName.'),
    column('Cluster-IP', 'string', 'The virtual IP address of the service inside the cluster.'),
    column('External-IP', 'string', 'Addresses outside the cluster that reach the service.'),
    column('Port(s)', 'string', 'The ports the service exposes.'),
    ageColumn(),
    wideColumn('Selector', 'string', 'The labels of the pods that receive the service\'s traffic.'),
  ],
  cells(svc, now) {
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? '',
      clusterIP(svc),
      serviceExternalIP(svc),
      servicePortsText(svc.spec?.ports),
      translateTimestampSince(svc.metadata?.creationTimestamp, now),
      formatLabels(svc.spec?.selector),
    ];
  },
});

function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** The ENDPOINTS cell: ready addresses with each port, at most three, then `+ N more...`. */
export function endpointsText(ep: Endpoints__Output): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return NONE;
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (text: string): void => {
    if (list.length === MAX_ENDPOINTS) more = true;
    else list.push(text);
  };
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      // A headless service may have addresses without ports.
      count += addresses.length;
      for (const a of addresses) add(a.ip ?? '');
      continue;
    }
    for (const port of ss.ports ?? []) {
      count += addresses.length;
      for (const a of addresses) add(hostPort(a.ip ?? '', port.port ?? 0));
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - MAX_ENDPOINTS} more...` : text;
}

/** The Endpoints printer. */
export const endpointsPrinter: KindPrinter<Endpoints__Output> = definePrinter({
  kind: 'Endpoints',
  columns: [
    nameColumn(),
    column('Endpoints', 'string', 'The ready addresses and ports of the service, at most three shown.'),
    ageColumn(),
  ],
  cells(ep, now) {
    return [ep.metadata?.name ?? '', endpointsText(ep), translateTimestampSince(ep.metadata?.creationTimestamp, now)];
  },
});
