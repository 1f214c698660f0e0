// Original file: proto/apps/v1/statefulset.proto


/**
 * StatefulSetOrdinals sets the numbering of replicas.
 */
export interface StatefulSetOrdinals {
  /**
   * The first ordinal; replicas are numbered start .. start+replicas-1 (default 0).
   */
  'start'?: (number);
  '_start'?: "start";
}

/**
 * StatefulSetOrdinals sets the numbering of replicas.
 */
export interface StatefulSetOrdinals__Output {
  /**
   * The first ordinal; replicas are numbered start .. start+replicas-1 (default 0).
   */
  'start'?: (number);
}
