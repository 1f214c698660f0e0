/**
 * What a delete does to an object, as Kubernetes decides it: remove it now, or mark it
 * (deletionTimestamp, the finalizers its propagation policy asks for, a grace period) and leave the
 * rest to the garbage collector, the namespace controller or the kubelet; and the delete's
 * preconditions.
 */
import { cloneObject, newConflict, StatusError, type KindInfo, type KubeObject } from '../../api/index.js';
import { formatTime } from './object-meta.js';
import type { DeleteOptions } from './request-options.js';
import type { MutableObject, Strategy } from './strategy.js';

/**
 * Works out what a delete does: undefined to remove the object now, or the object marked for
 * deletion (deletionTimestamp, the finalizers the propagation policy asks for, the grace period),
 * or `current` itself when it is already marked and nothing changes.
 */
export function markForDeletion(current: KubeObject, options: DeleteOptions, strategy: Strategy, now: number): MutableObject | undefined {
  const policy = options.propagationPolicy ?? (options.orphanDependents === true ? 'Orphan' : options.orphanDependents === false ? 'Background' : undefined);
  if (policy !== undefined && !['Orphan', 'Background', 'Foreground'].includes(policy)) {
    throw invalidDelete(`propagationPolicy: Unsupported value: "${policy}": supported values: "Background", "Foreground", "Orphan"`);
  }
  if (options.orphanDependents !== undefined && options.propagationPolicy !== undefined) {
    throw invalidDelete('propagationPolicy: Invalid value: "' + options.propagationPolicy + '": orphanDependents and deletionPropagation cannot be both set');
  }
  const finalizers = [...(current.metadata?.finalizers ?? [])];
  const without = (f: string): void => {
    const i = finalizers.indexOf(f);
    if (i >= 0) finalizers.splice(i, 1);
  };
  if (policy === 'Orphan') {
    without('foregroundDeletion');
    if (!finalizers.includes('orphan')) finalizers.push('orphan');
  } else if (policy === 'Foreground') {
    without('orphan');
    if (!finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  } else if (policy === 'Background') {
    without('orphan');
    without('foregroundDeletion');
  }
  const grace = strategy.gracePeriod?.(current, options.gracePeriodSeconds) ?? 0;
  const pending = finalizers.length > 0 || grace > 0 || !!strategy.pendingFinalizers?.(current);
  const meta = current.metadata!;
  if (!pending) return undefined;
  if (meta.deletionTimestamp !== undefined) {
    // Already terminating: only the finalizers and a shorter grace period can change.
    const currentGrace = meta.deletionGracePeriodSeconds ?? 0;
    const sameFinalizers = finalizers.join('\u0000') === (meta.finalizers ?? []).join('\u0000');
    if (sameFinalizers && grace >= currentGrace) return current;
    const next = cloneObject(current) as MutableObject;
    next.metadata!.finalizers = finalizers.length > 0 ? finalizers : undefined;
    if (grace < currentGrace) {
      next.metadata!.deletionGracePeriodSeconds = grace;
      next.metadata!.deletionTimestamp = formatTime(now + grace * 1000);
    }
    return next;
  }
  const next = cloneObject(current) as MutableObject;
  next.metadata!.finalizers = finalizers.length > 0 ? finalizers : undefined;
  next.metadata!.deletionTimestamp = formatTime(now + grace * 1000);
  next.metadata!.deletionGracePeriodSeconds = grace;
  if (strategy.usesGeneration) next.metadata!.generation = (meta.generation ?? 0) + 1;
  strategy.onMarkedForDeletion?.(next);
  return next;
}

function invalidDelete(message: string): StatusError {
  return new StatusError({ code: 422, reason: 'Invalid', message: `DeleteOptions.meta.k8s.io "" is invalid: ${message}` });
}

/** Checks a delete's uid and resourceVersion preconditions (Conflict when they do not hold). */
export function checkPreconditions(info: KindInfo, name: string, current: KubeObject, options: DeleteOptions): void {
  const pre = options.preconditions;
  if (!pre) return;
  if (pre.uid && pre.uid !== current.metadata?.uid) {
    throw newConflict(info, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata?.uid ?? ''}`);
  }
  if (pre.resourceVersion && pre.resourceVersion !== current.metadata?.resourceVersion) {
    throw newConflict(
      info,
      name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata?.resourceVersion ?? ''}`,
    );
  }
}
