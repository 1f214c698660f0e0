/**
 * Downward API references as Kubernetes validates them: object field selectors (env `fieldRef`,
 * downward API volume files) and container resource selectors (`resourceFieldRef`).
 */
import type { ObjectFieldSelector__Output } from '../../generated/skiff/core/v1/ObjectFieldSelector.js';
import type { ResourceFieldSelector__Output } from '../../generated/skiff/core/v1/ResourceFieldSelector.js';
import { FieldError, type FieldPath } from '../index.js';
import { validateQualifiedName } from './formats.js';
import { parseQuantityField } from './resources.js';

/** The pod fields an environment variable may read. */
export const ENV_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
].sort();

/** The pod fields a downward API volume file may read. */
export const VOLUME_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'metadata.uid',
].sort();

/** The container resources a resourceFieldRef may read (besides hugepages). */
export const RESOURCE_FIELD_PATHS: readonly string[] = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
].sort();

// The labels ConvertDownwardAPIFieldLabel accepts for v1 pods.
const DOWNWARD_LABELS = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** Splits `metadata.labels['key']` into path and subscript, as Kubernetes' SplitMaybeSubscriptedPath. */
export function splitSubscriptedPath(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const s = fieldPath.slice(0, -2);
  const i = s.indexOf("['");
  if (i <= 0) return undefined;
  return [s.slice(0, i), s.slice(i + 2)];
}

function convertFieldLabel(version: string, label: string): { label: string } | { error: string } {
  if (version !== 'v1') return { error: `unsupported pod version: ${version}` };
  const split = splitSubscriptedPath(label);
  if (split !== undefined) {
    if (split[0] === 'metadata.annotations' || split[0] === 'metadata.labels') return { label };
    return { error: `field label does not support subscript: ${label}` };
  }
  if (DOWNWARD_LABELS.has(label)) return { label };
  if (label === 'spec.host') return { label: 'spec.nodeName' };
  return { error: `field label not supported: ${label}` };
}

/** Validates an ObjectFieldSelector against the field paths allowed where it is used. */
export function validateObjectFieldSelector(
  fs: ObjectFieldSelector__Output,
  allowed: readonly string[],
  path: FieldPath,
): FieldError[] {
  if (!fs.apiVersion) return [FieldError.required(path.child('apiVersion'))];
  if (!fs.fieldPath) return [FieldError.required(path.child('fieldPath'))];
  const converted = convertFieldLabel(fs.apiVersion, fs.fieldPath);
  if ('error' in converted) {
    return [FieldError.invalid(path.child('fieldPath'), fs.fieldPath, `error converting fieldPath: ${converted.error}`)];
  }
  const split = splitSubscriptedPath(converted.label);
  if (split !== undefined) {
    const [p, subscript] = split;
    if (p === 'metadata.annotations') return validateQualifiedName(subscript.toLowerCase(), path);
    if (p === 'metadata.labels') return validateQualifiedName(subscript, path);
    return [FieldError.invalid(path, p, 'does not support subscript')];
  }
  if (!allowed.includes(converted.label)) return [FieldError.notSupported(path.child('fieldPath'), converted.label, allowed)];
  return [];
}

const CPU_DIVISORS = new Set(['1m', '1']);
const BYTE_DIVISORS = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);
const BYTE_DIVISORS_TEXT = '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei';

/** Validates a ResourceFieldSelector; `volume` requires containerName, as volume files do. */
export function validateResourceFieldSelector(fs: ResourceFieldSelector__Output, volume: boolean, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const resource = fs.resource ?? '';
  if (volume && !fs.containerName) errs.push(FieldError.required(path.child('containerName')));
  else if (!resource) errs.push(FieldError.required(path.child('resource')));
  else if (!RESOURCE_FIELD_PATHS.includes(resource) && !resource.startsWith('limits.hugepages-') && !resource.startsWith('requests.hugepages-')) {
    errs.push(FieldError.notSupported(path.child('resource'), resource, RESOURCE_FIELD_PATHS));
  }
  if (fs.divisor) {
    const q = parseQuantityField(fs.divisor, path.child('divisor'), errs);
    if (q !== undefined && !q.isZero()) {
      const d = q.toString();
      const divPath = path.child('divisor');
      if ((resource === 'limits.cpu' || resource === 'requests.cpu') && !CPU_DIVISORS.has(d)) {
        errs.push(FieldError.invalid(divPath, resource, "only divisor's values 1m and 1 are supported with the cpu resource"));
      }
      if ((resource === 'limits.memory' || resource === 'requests.memory') && !BYTE_DIVISORS.has(d)) {
        errs.push(FieldError.invalid(divPath, resource, `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the memory resource`));
      }
      if ((resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') && !BYTE_DIVISORS.has(d)) {
        errs.push(
          FieldError.invalid(divPath, resource, `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the local ephemeral storage resource`),
        );
      }
      if ((resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-')) && !BYTE_DIVISORS.has(d)) {
        errs.push(FieldError.invalid(divPath, resource, `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the hugepages resource`));
      }
    }
  }
  return errs;
}
