/**
 * Namespace defaulting: phase Active and the `kubernetes.io/metadata.name` label. The
 * `kubernetes` spec finalizer is not a default: Kubernetes adds it only on create (the namespace
 * strategy), because the namespace controller removes it over the object's life and a default
 * would put it back on every update.
 */
import type { Namespace__Output } from '../../generated/skiff/core/v1/Namespace.js';

/** The label every namespace carries with its own name (kubernetes.io/metadata.name). */
export const LABEL_METADATA_NAME = 'kubernetes.io/metadata.name';

/** Defaults a Namespace in place. */
export function defaultNamespace(ns: Namespace__Output): void {
  const status = (ns.status ??= {});
  if (!status.phase) status.phase = 'Active';
  const name = ns.metadata?.name;
  if (name) ((ns.metadata ??= {}).labels ??= {})[LABEL_METADATA_NAME] = name;
}
