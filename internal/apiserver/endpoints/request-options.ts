/**
 * Request options both faces parse the same way: Kubernetes' `dryRun` values and DeleteOptions,
 * turned into the registry's wire-independent options, and the PartialObjectMetadata view of an
 * object that metadata-only lists and watches answer with.
 */
import { newBadRequest, type KubeObject } from '../../api/index.js';
import type { DeleteOptions, WriteOptions } from '../registry/request-options.js';

/** Kubernetes' dryRun parameter: empty, or exactly "All". */
export function parseDryRun(values: readonly string[] | undefined): boolean {
  if (!values || values.length === 0) return false;
  for (const v of values) {
    if (v !== 'All') throw newBadRequest(`dryRun: Unsupported value: "${v}": supported values: "All"`);
  }
  return true;
}

/** The fields of Kubernetes' DeleteOptions a request may carry (in a body, query parameters or a proto message). */
export interface DeleteOptionsInput {
  readonly gracePeriodSeconds?: number;
  readonly preconditions?: { readonly uid?: string; readonly resourceVersion?: string };
  readonly orphanDependents?: boolean;
  readonly propagationPolicy?: string;
  readonly dryRun?: readonly string[];
}

/** DeleteOptions as the registry takes them. */
export function toDeleteOptions(o: DeleteOptionsInput | undefined): DeleteOptions {
  return {
    gracePeriodSeconds: o?.gracePeriodSeconds,
    preconditions: o?.preconditions,
    orphanDependents: o?.orphanDependents,
    propagationPolicy: o?.propagationPolicy,
    dryRun: parseDryRun(o?.dryRun),
  };
}

/** WriteOptions as the registry takes them. */
export function toWriteOptions(o: { dryRun?: readonly string[]; fieldManager?: string } | undefined): WriteOptions {
  return { dryRun: parseDryRun(o?.dryRun), fieldManager: o?.fieldManager };
}

/** The PartialObjectMetadata view of an object. */
export function metadataOnly(obj: KubeObject): KubeObject {
  return { apiVersion: 'meta.k8s.io/v1', kind: 'PartialObjectMetadata', metadata: obj.metadata };
}
