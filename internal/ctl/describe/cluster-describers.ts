/** kubectl's descriptions of ServiceAccounts, Endpoints, PriorityClasses and PodDisruptionBudgets. */
import type { Endpoints, ObjectOf, Secret } from '../../client/index.js';
import { intOrStringText, mapText, selectorText, writeAnnotations, writeLabels } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';

const SA_NAME_KEY = 'kubernetes.io/service-account.name';
const SA_UID_KEY = 'kubernetes.io/service-account.uid';

/** A ServiceAccount's description (tokens and missing secrets from `secrets`, the namespace's, when read), without the Events. */
export function describeServiceAccount(w: PrefixWriter, sa: ObjectOf<'serviceaccounts'>, secrets: readonly Secret[] | undefined): void {
  const m = sa.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  const tokens: string[] = [];
  const missing = new Set<string>();
  if (secrets) {
    const existing = new Set<string>();
    for (const s of secrets) {
      const a = s.metadata?.annotations ?? {};
      if (s.type === 'kubernetes.io/service-account-token' && (a[SA_NAME_KEY] ?? '') === (m.name ?? '') && (a[SA_UID_KEY] ?? '') === (m.uid ?? '')) tokens.push(s.metadata?.name ?? '');
      existing.add(s.metadata?.name ?? '');
    }
    for (const r of [...(sa.secrets ?? []), ...(sa.imagePullSecrets ?? [])]) if (!existing.has(r.name ?? '')) missing.add(r.name ?? '');
  }
  // kubectl sorts the padded headers, so they print in this order.
  const sections: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name ?? '')],
    ['Tokens:            ', tokens],
  ];
  for (const [header, names] of sections) {
    if (names.length === 0) w.write(0, `${header}\t<none>\n`);
    names.forEach((n, i) => w.write(0, `${i === 0 ? header : '                   '}\t${n}${missing.has(n) ? ' (not found)' : ''}\n`));
  }
}

/** An Endpoints object's description: each subset's addresses and ports, without the Events. */
export function describeEndpoints(w: PrefixWriter, ep: Endpoints): void {
  const m = ep.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.write(0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    const ready = (s.addresses ?? []).map((a) => a.ip ?? '').join(',');
    const notReady = (s.notReadyAddresses ?? []).map((a) => a.ip ?? '').join(',');
    w.field(1, 'Addresses', ready || '<none>');
    w.field(1, 'NotReadyAddresses', notReady || '<none>');
    if ((s.ports ?? []).length > 0) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of s.ports ?? []) w.write(2, `${p.name || '<unset>'}\t${p.port ?? 0}\t${p.protocol ?? ''}\n`);
    }
    w.write(0, '\n');
  }
}

/** A PriorityClass's description, without the Events. */
export function describePriorityClass(w: PrefixWriter, pc: ObjectOf<'priorityclasses'>): void {
  w.field(0, 'Name', pc.metadata?.name ?? '');
  w.field(0, 'Value', pc.value ?? 0);
  w.field(0, 'GlobalDefault', pc.globalDefault ? 'true' : 'false');
  w.field(0, 'PreemptionPolicy', pc.preemptionPolicy ?? 'PreemptLowerPriority');
  w.field(0, 'Description', pc.description ?? '');
  w.field(0, 'Annotations', mapText(pc.metadata?.annotations));
}

/** A PodDisruptionBudget's description, without the Events. */
export function describePodDisruptionBudget(w: PrefixWriter, pdb: ObjectOf<'poddisruptionbudgets'>): void {
  const spec = pdb.spec;
  const st = pdb.status;
  w.field(0, 'Name', pdb.metadata?.name ?? '');
  w.field(0, 'Namespace', pdb.metadata?.namespace ?? '');
  if (spec?.minAvailable) w.field(0, 'Min available', intOrStringText(spec.minAvailable));
  else if (spec?.maxUnavailable) w.field(0, 'Max unavailable', intOrStringText(spec.maxUnavailable));
  w.field(0, 'Selector', spec?.selector ? selectorText(spec.selector) : '<unset>');
  w.write(0, 'Status:\n');
  w.field(2, 'Allowed disruptions', st?.disruptionsAllowed ?? 0);
  w.field(2, 'Current', st?.currentHealthy ?? 0);
  w.field(2, 'Desired', st?.desiredHealthy ?? 0);
  w.field(2, 'Total', st?.expectedPods ?? 0);
}
