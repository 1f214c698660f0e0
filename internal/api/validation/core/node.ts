/**
 * Node validation: taints, pod CIDRs and resource quantities on create; on update, pod CIDRs and
 * providerID may only be set once and addresses must be unique.
 */
import type { Node__Output } from '../../generated/skiff/core/v1/Node.js';
import { cidrFamily, FieldError, FieldPath, goValue, isValidCIDR } from '../index.js';
import { GO_NODE_ADDRESS } from './go-types.js';
import { parseQuantityField, validateResourceQuantityValue } from './resources.js';
import { validateTaints } from './scheduling.js';

// Kubernetes validates node taints under metadata (its path starts there); kept so messages match.
const TAINTS = FieldPath.root('metadata', 'taints');

/** Validates a Node. */
export function validateNode(node: Node__Output): FieldError[] {
  const errs = validateTaints(node.spec?.taints, TAINTS);
  errs.push(...validateNodeResources(node));
  const cidrs = node.spec?.podCIDRs ?? [];
  const path = FieldPath.root('spec', 'podCIDRs');
  cidrs.forEach((c, i) => errs.push(...isValidCIDR(path.index(i), c)));
  if (cidrs.length > 1) {
    const families = cidrs.map(cidrFamily);
    if (families.some((f) => f === undefined) || new Set(families).size !== 2 || cidrs.length > 2) {
      errs.push(FieldError.invalid(path, cidrs, 'may specify no more than one CIDR for each IP family'));
    }
    const seen = new Set<string>();
    cidrs.forEach((c, i) => {
      if (seen.has(c)) errs.push(FieldError.duplicate(path.index(i), c));
      seen.add(c);
    });
  }
  return errs;
}

function validateNodeResources(node: Node__Output): FieldError[] {
  const errs: FieldError[] = [];
  for (const field of ['capacity', 'allocatable'] as const) {
    const list = node.status?.[field] ?? {};
    for (const name of Object.keys(list).sort()) {
      const p = FieldPath.root('status', field, name);
      const q = parseQuantityField(list[name], p, errs);
      if (q !== undefined) errs.push(...validateResourceQuantityValue(name, q, p, list[name]));
    }
  }
  return errs;
}

/** Validates a Node update (also used for status updates, as Kubernetes does). */
export function validateNodeUpdate(node: Node__Output, old: Node__Output): FieldError[] {
  const errs = validateNodeResources(node);
  const seen = new Set<string>();
  (node.status?.addresses ?? []).forEach((a, i) => {
    const key = `${a.type ?? ''}\u0000${a.address ?? ''}`;
    if (seen.has(key)) {
      errs.push(FieldError.duplicate(FieldPath.root('status', 'addresses').index(i), goValue(GO_NODE_ADDRESS, a)));
    }
    seen.add(key);
  });
  const oldCIDRs = old.spec?.podCIDRs ?? [];
  const cidrs = node.spec?.podCIDRs ?? [];
  const cidrMsg = 'node updates may not change podCIDR except from "" to valid';
  if (oldCIDRs.length > 0) {
    if (oldCIDRs.length !== cidrs.length) errs.push(FieldError.forbidden(FieldPath.root('spec', 'podCIDRs'), cidrMsg));
    else oldCIDRs.forEach((c, i) => c !== cidrs[i] && errs.push(FieldError.forbidden(FieldPath.root('spec', 'podCIDRs'), cidrMsg)));
  }
  const oldProvider = old.spec?.providerID ?? '';
  if (oldProvider !== '' && oldProvider !== (node.spec?.providerID ?? '')) {
    errs.push(FieldError.forbidden(FieldPath.root('spec', 'providerID'), 'node updates may not change providerID except from "" to valid'));
  }
  errs.push(...validateTaints(node.spec?.taints, TAINTS));
  return errs;
}
