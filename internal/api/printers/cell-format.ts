/**
 * Small formatters shared by the printers, each matching the Kubernetes helper whose text kubectl
 * shows: label maps, label selectors, container lists, int-or-string, access modes, quantities.
 */
import type { Container__Output } from '../generated/skiff/core/v1/Container.js';
import type { IntOrString__Output } from '../generated/skiff/meta/v1/IntOrString.js';
import type { LabelSelector__Output } from '../generated/skiff/meta/v1/LabelSelector.js';
import type { OwnerReference__Output } from '../generated/skiff/meta/v1/OwnerReference.js';
import { labelSelectorAsSelector } from '../labels/index.js';
import { Quantity } from '../resource/index.js';

/** What kubectl writes for an empty list or map. */
export const NONE = '<none>';

/** What kubectl writes for an absent optional field. */
export const UNSET = '<unset>';

/** A label map as `a=b,c=d`, keys sorted, or `<none>` (labels.FormatLabels). */
export function formatLabels(labels: Readonly<Record<string, string>> | null | undefined): string {
  const keys = Object.keys(labels ?? {}).sort(compareBytes);
  if (keys.length === 0) return NONE;
  return keys.map((k) => `${k}=${(labels ?? {})[k]}`).join(',');
}

/** A metav1 LabelSelector in selector syntax, `<none>` when it selects nothing or everything (metav1.FormatLabelSelector). */
export function formatLabelSelector(selector: LabelSelector__Output | null | undefined): string {
  const r = labelSelectorAsSelector(selector);
  if (!r.ok) return '<error>';
  const s = r.selector.toString();
  return s === '' ? NONE : s;
}

/** A metav1 LabelSelector in selector syntax, empty when it selects nothing or everything; the Deployment printer's variant. */
export function selectorString(selector: LabelSelector__Output | null | undefined): string {
  const r = labelSelectorAsSelector(selector);
  return r.ok ? r.selector.toString() : '<invalid>';
}

/** The CONTAINERS and IMAGES cells: names and images joined by commas, in template order. */
export function layoutContainerCells(containers: readonly Container__Output[] | null | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name ?? '').join(','), list.map((c) => c.image ?? '').join(',')];
}

/** An int-or-string as Kubernetes prints it (`25`, `25%`). */
export function intOrStringText(v: IntOrString__Output): string {
  if (v.intVal !== undefined && v.intVal !== null) return String(v.intVal);
  return v.strVal ?? '0';
}

/** Go's bool formatting of a required field: `true` / `false`. */
export function boolValue(v: boolean | null | undefined): boolean {
  return v === true;
}

/** A `*bool` as the printers write it: `True`, `False` or `<unset>` (printBoolPtr). */
export function boolPtrText(v: boolean | null | undefined): string {
  if (v === undefined || v === null) return UNSET;
  return v ? 'True' : 'False';
}

// Kubernetes lists the modes it knows in this fixed order, whatever order the object has them in.
const ACCESS_MODES: readonly (readonly [string, string])[] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** Access modes abbreviated as `RWO,ROX,RWX,RWOP` (helper.GetAccessModesAsString). */
export function accessModesText(modes: readonly string[] | null | undefined): string {
  const set = new Set(modes ?? []);
  return ACCESS_MODES.filter(([mode]) => set.has(mode)).map(([, short]) => short).join(',');
}

/** A quantity in canonical form (`10Gi`); an absent one prints as `0`, an unparsable one as written. */
export function quantityText(q: string | null | undefined): string {
  if (q === undefined || q === null || q === '') return '0';
  const r = Quantity.parse(q);
  return r.ok ? r.quantity.toString() : q;
}

/** The owner reference marked `controller: true`, if any (metav1.GetControllerOf). */
export function controllerOf(refs: readonly OwnerReference__Output[] | null | undefined): OwnerReference__Output | undefined {
  return (refs ?? []).find((r) => r.controller === true);
}

/** `kind.group` in lower case, or `kind` for the core group: the prefix kubectl puts before a name. */
export function groupKindText(kind: string, group: string): string {
  return (group === '' ? kind : `${kind}.${group}`).toLowerCase();
}

/** The group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
export function groupOf(apiVersion: string | null | undefined): string {
  const v = apiVersion ?? '';
  const slash = v.indexOf('/');
  return slash < 0 ? '' : v.slice(0, slash);
}

/** Go's string ordering (bytes), for keys sorted as Kubernetes sorts them. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
