/**
 * The pieces kubectl's describers share: multi-line labels and annotations, RFC 1123 timestamps,
 * label selectors, `Controlled By`, and the Events section that ends every description.
 */
import type { KubeObject } from '../../api/index.js';
import { translateTimestampSince } from '../../api/printers/index.js';
import { labelSelectorAsSelector, selectorFromSet, type LabelSelector } from '../../api/labels/index.js';
import type { Event, Pod } from '../../client/index.js';
import type { PrefixWriter } from './prefix-writer.js';

const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A timestamp as Go's time.RFC1123Z in local time (`Tue, 24 Nov 2026 21:57:16 +0000`), as kubectl prints it. */
export function rfc1123z(ts: string | null | undefined): string {
  if (!ts) return '<unset>';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${DAYS[d.getDay()]!}, ${pad(d.getDate())} ${MONTHS[d.getMonth()]!} ${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** `Labels:` with one `k=v` per line, or `<none>`; `indent` prefixes continuation lines (kubectl's initialIndent). */
export function writeLabels(w: PrefixWriter, level: number, title: string, labels: Readonly<Record<string, string>> | null | undefined, indent = ''): void {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.write(level, `${title}:\t<none>\n`);
    return;
  }
  keys.forEach((k, i) => {
    const text = `${k}=${labels![k]!}\n`;
    if (i === 0) w.write(level, `${title}:\t${text}`);
    else w.write(0, `${indent}\t${text}`);
  });
}

/** `Annotations:` as `key: value` lines, without the last-applied configuration (kubectl skips it). */
export function writeAnnotations(w: PrefixWriter, level: number, annotations: Readonly<Record<string, string>> | null | undefined, indent = ''): void {
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.write(level, `Annotations:\t<none>\n`);
    return;
  }
  keys.forEach((k, i) => {
    const text = `${k}: ${annotations![k]!}\n`;
    if (i === 0) w.write(level, `Annotations:\t${text}`);
    else w.write(0, `${indent}\t${text}`);
  });
}

/** A map as `k=v,k2=v2`, or `<none>`. */
export function mapText(m: Readonly<Record<string, string>> | null | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${m![k]!}`).join(',');
}

/** A metav1 LabelSelector in its string form (`app=web,tier in (a,b)`). */
export function selectorText(sel: { matchLabels?: Record<string, string> | null; matchExpressions?: { key?: string; operator?: string; values?: string[] | null }[] | null } | null | undefined): string {
  if (!sel) return '<none>';
  const parts = Object.keys(sel.matchLabels ?? {})
    .sort()
    .map((k) => `${k}=${sel.matchLabels![k]!}`);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    switch (e.operator) {
      case 'In':
        parts.push(`${e.key ?? ''} in (${vals})`);
        break;
      case 'NotIn':
        parts.push(`${e.key ?? ''} notin (${vals})`);
        break;
      case 'Exists':
        parts.push(e.key ?? '');
        break;
      case 'DoesNotExist':
        parts.push(`!${e.key ?? ''}`);
        break;
    }
  }
  return parts.length === 0 ? '<none>' : parts.join(',');
}

/** A LabelSelector as Go's labels.Selector String() (`''` for none or empty; a bad one's error as kubectl shows it). */
export function selectorString(sel: LabelSelector | null | undefined): string {
  const r = labelSelectorAsSelector(sel);
  return r.ok ? r.selector.toString() : `Failed to get selector: ${r.error}`;
}

/** An IntOrString as Go's String() (`3` or `25%`); `dflt` when unset. */
export function intOrStringText(v: { intVal?: number | null; strVal?: string | null } | null | undefined, dflt = ''): string {
  if (!v) return dflt;
  if (v.intVal !== undefined && v.intVal !== null) return String(v.intVal);
  return v.strVal ?? dflt;
}

/** kubectl's printBoolPtr: `True`, `False` or `<unset>`. */
export function boolPtrText(v: boolean | null | undefined): string {
  if (v === undefined || v === null) return '<unset>';
  return v ? 'True' : 'False';
}

/** A string list as Go's `%v` prints it: `[a b]`. */
export function goList(values: readonly string[] | null | undefined): string {
  return `[${(values ?? []).join(' ')}]`;
}

/** Access modes as kubectl abbreviates them (`RWO,ROX,RWX,RWOP`, in that order). */
export function accessModesText(modes: readonly string[] | null | undefined): string {
  const m = new Set(modes ?? []);
  const abbrev: [string, string][] = [
    ['ReadWriteOnce', 'RWO'],
    ['ReadOnlyMany', 'ROX'],
    ['ReadWriteMany', 'RWX'],
    ['ReadWriteOncePod', 'RWOP'],
  ];
  return abbrev
    .filter(([k]) => m.has(k))
    .map(([, v]) => v)
    .join(',');
}

/** `N Running / N Waiting / N Succeeded / N Failed` over the pods whose controller is `owner` and that `selector` matches (getPodStatusForController). */
export function podsStatusText(pods: readonly Pod[] | undefined, owner: KubeObject, selector: LabelSelector | Readonly<Record<string, string>> | null | undefined, setBased = true): string {
  const uid = owner.metadata?.uid;
  const sel = setBased ? labelSelectorAsSelector(selector as LabelSelector | undefined) : { ok: true as const, selector: selectorFromSet(selector as Record<string, string>) };
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const p of pods ?? []) {
    const ref = (p.metadata?.ownerReferences ?? []).find((r) => r.controller);
    if (!ref || !uid || ref.uid !== uid) continue;
    if (!sel.ok || !sel.selector.matches(p.metadata?.labels ?? {})) continue;
    const phase = p.status?.phase ?? '';
    if (phase in counts) counts[phase as keyof typeof counts]++;
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}

/** The common head: Name, Namespace, Labels, Annotations (most kinds start so). */
export function writeObjectMeta(w: PrefixWriter, obj: KubeObject, options: { namespace?: boolean; creationTimestamp?: boolean } = {}): void {
  const m = obj.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  if (options.namespace ?? true) w.field(0, 'Namespace', m.namespace ?? '');
  if (options.creationTimestamp) w.field(0, 'CreationTimestamp', rfc1123z(m.creationTimestamp));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
}

/** `Controlled By:  ReplicaSet/web-abc`, when an owner is the controller. */
export function writeControlledBy(w: PrefixWriter, obj: KubeObject): void {
  const owner = (obj.metadata?.ownerReferences ?? []).find((r) => r.controller);
  if (owner) w.field(0, 'Controlled By', `${owner.kind ?? ''}/${owner.name ?? ''}`);
}

function eventTime(e: Event): string | undefined {
  return e.lastTimestamp || e.eventTime || e.firstTimestamp || undefined;
}

/** The Events section: `Events:  <none>` or kubectl's Type/Reason/Age/From/Message table, oldest first. */
export function writeEvents(w: PrefixWriter, events: readonly Event[] | undefined, now: number): void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  const sorted = [...events].sort((a, b) => Date.parse(eventTime(a) ?? '') - Date.parse(eventTime(b) ?? ''));
  w.write(0, 'Events:\n');
  w.write(1, 'Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const count = e.count ?? 0;
    const age =
      count > 1
        ? `${translateTimestampSince(e.lastTimestamp, now)} (x${count} over ${translateTimestampSince(e.firstTimestamp, now)})`
        : translateTimestampSince(e.firstTimestamp || e.eventTime, now);
    const from = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${age}\t${from}\t${(e.message ?? '').trim()}\n`);
  }
}
