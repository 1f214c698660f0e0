/**
 * Resource names and quantities as Kubernetes validates them: container resource names, the
 * non-negative and integer rules on quantities, requests no greater than limits, and the
 * requests-equal-limits rule for resources that cannot be overcommitted (extended resources,
 * hugepages). Quantities travel as strings in Skiff, so a string that does not parse is reported
 * here (Kubernetes rejects it while decoding).
 */
import { parseQuantity, Quantity } from '../../resource/index.js';
import { FieldError, type FieldPath, goValue, isQualifiedName, sortedKeys } from '../index.js';
import { GO_QUANTITY } from './go-quantity.js';

const IS_NEGATIVE = 'must be greater than or equal to 0';
const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'requests.storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set([
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
const QOS_RESOURCES = new Set(['cpu', 'memory']);

/** Whether a resource name is Kubernetes' own (unprefixed, or under kubernetes.io/). */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** Whether a resource name is a hugepages size (`hugepages-2Mi`). */
export function isHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** Whether a resource name is an extended resource (`example.com/gpu`). */
export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith('requests.')) return false;
  return isQualifiedName('requests.' + name).length === 0;
}

/** Whether requests may be below limits for a resource (native, non-hugepages resources). */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePageResourceName(name);
}

/**
 * Parses a quantity field; a string that does not parse gives `Invalid value: "x": <reason>`.
 * Returns the quantity, or undefined with the error pushed onto `errs`.
 */
export function parseQuantityField(value: string, path: FieldPath, errs: FieldError[]): Quantity | undefined {
  const r = parseQuantity(value);
  if (r.ok) return r.quantity;
  errs.push(FieldError.invalid(path, value, r.error));
  return undefined;
}

/** `Invalid value: "-1": must be greater than or equal to 0` for a negative quantity. */
export function validateNonnegativeQuantity(q: Quantity, path: FieldPath): FieldError[] {
  return q.sign() < 0 ? [FieldError.invalid(path, q.toString(), IS_NEGATIVE)] : [];
}

/** `Invalid value: "0": must be greater than zero` for a quantity that is not positive. */
export function validatePositiveQuantityValue(q: Quantity, path: FieldPath): FieldError[] {
  return q.sign() <= 0 ? [FieldError.invalid(path, q.toString(), 'must be greater than zero')] : [];
}

/**
 * Non-negative, and whole for resources counted in units (extended resources, object counts). A
 * fractional one is reported as the resource.Quantity Kubernetes parsed from `text`, the quantity
 * as written (its canonical form unless given).
 */
export function validateResourceQuantityValue(name: string, q: Quantity, path: FieldPath, text = q.toString()): FieldError[] {
  const errs: FieldError[] = [];
  appendResourceQuantityErrors(errs, name, q, path, text);
  return errs;
}

// As validateResourceQuantityValue, appending to `errs`: a valid quantity allocates nothing.
function appendResourceQuantityErrors(errs: FieldError[], name: string, q: Quantity, path: FieldPath, text: string): void {
  if (q.sign() < 0) errs.push(FieldError.invalid(path, q.toString(), IS_NEGATIVE));
  if ((INTEGER_RESOURCES.has(name) || isExtendedResourceName(name)) && q.scaledValue(-3) % 1000n !== 0n) {
    errs.push(FieldError.invalid(path, goValue(GO_QUANTITY, text), 'must be an integer'));
  }
}

/** `Invalid value: -1: must be a valid resource quantity` for a negative whole value. */
export function validateBasicResource(q: Quantity, path: FieldPath): FieldError[] {
  return q.value() < 0 ? [FieldError.invalid(path, q.value(), 'must be a valid resource quantity')] : [];
}

/** A resource name: qualified, and standard unless prefixed. */
export function validateResourceName(name: string, path: FieldPath): FieldError[] {
  const errs = isQualifiedName(name).map((m) => FieldError.invalid(path, name, m));
  if (errs.length > 0) return errs;
  if (!name.includes('/') && !isStandardResourceName(name)) {
    errs.push(FieldError.invalid(path, name, 'must be a standard resource type or fully qualified'));
  }
  return errs;
}

/** A container resource name: cpu, memory, ephemeral-storage, hugepages-*, or an extended resource. */
export function validateContainerResourceName(name: string, path: FieldPath): FieldError[] {
  const errs = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePageResourceName(name)) {
      errs.push(FieldError.invalid(path, name, 'must be a standard resource for containers'));
    }
  } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
    errs.push(FieldError.invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

function isStandardResourceName(name: string): boolean {
  return STANDARD_RESOURCES.has(name) || isHugePageResourceName(name) || name.startsWith('requests.hugepages-');
}

/** The limits and requests of a container (or a pod's overhead, given as limits). */
export interface ResourceLists {
  readonly limits?: Readonly<Record<string, string>>;
  readonly requests?: Readonly<Record<string, string>>;
}

/**
 * Checks one entry of a container's limits or requests: its name and its quantity. Returns the
 * quantity, or undefined when it does not parse (the error pushed onto `errs`).
 */
function validateResourceEntry(name: string, value: string, path: FieldPath, errs: FieldError[]): Quantity | undefined {
  // Nearly every container names only these, which are valid; skip re-deriving that each time.
  if (!STANDARD_CONTAINER_RESOURCES.has(name)) errs.push(...validateContainerResourceName(name, path));
  const q = parseQuantityField(value, path, errs);
  if (q !== undefined) appendResourceQuantityErrors(errs, name, q, path, value);
  return q;
}

/** Validates container resource requirements (Kubernetes' ValidateContainerResourceRequirements). */
export function validateResourceRequirements(req: ResourceLists | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = path.child('limits');
  const reqPath = path.child('requests');
  let limCPUOrMemory = false;
  let reqCPUOrMemory = false;
  let hugePages = false;
  const limitMap = req?.limits ?? {};
  // The parsed limits, by position in `limitNames` (undefined where a limit did not parse): a
  // container names a handful of resources, so a scan beats building a map on every call.
  const limitNames = sortedKeys(limitMap);
  const limits: (Quantity | undefined)[] = [];
  for (const name of limitNames) {
    const q = validateResourceEntry(name, limitMap[name], limPath.key(name), errs);
    limits.push(q);
    if (q === undefined) continue;
    if (isHugePageResourceName(name)) hugePages = true;
    if (QOS_RESOURCES.has(name)) limCPUOrMemory = true;
  }
  const requestMap = req?.requests ?? {};
  for (const name of sortedKeys(requestMap)) {
    const q = validateResourceEntry(name, requestMap[name], reqPath.key(name), errs);
    if (q === undefined) continue;
    const at = limitNames.indexOf(name);
    const limit = at < 0 ? undefined : limits[at];
    if (limit !== undefined) {
      if (q.cmp(limit) !== 0 && !isOvercommitAllowed(name)) {
        errs.push(FieldError.invalid(reqPath, q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      } else if (q.cmp(limit) > 0) {
        errs.push(FieldError.invalid(reqPath, q.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`));
      }
    } else if (!isOvercommitAllowed(name) && !(name in limitMap)) {
      errs.push(FieldError.required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePageResourceName(name)) hugePages = true;
    if (QOS_RESOURCES.has(name)) reqCPUOrMemory = true;
  }
  if (!limCPUOrMemory && !reqCPUOrMemory && hugePages) errs.push(FieldError.forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}
