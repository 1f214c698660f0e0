// Original file: proto/core/v1/affinity.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';

/**
 * PodAffinityTerm selects a set of pods and the topology key that defines "together".
 */
export interface PodAffinityTerm {
  /**
   * Which pods count; none when absent.
   */
  'labelSelector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * Namespaces to look in; the pod's own namespace when both this and namespaceSelector are empty.
   */
  'namespaces'?: (string)[];
  /**
   * The node label whose equal values form one domain (kubernetes.io/hostname, topology.kubernetes.io/zone).
   */
  'topologyKey'?: (string);
  /**
   * Namespaces to look in, by their labels; an empty selector means every namespace.
   */
  'namespaceSelector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector as In.
   */
  'matchLabelKeys'?: (string)[];
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector as NotIn.
   */
  'mismatchLabelKeys'?: (string)[];
  '_labelSelector'?: "labelSelector";
  '_topologyKey'?: "topologyKey";
  '_namespaceSelector'?: "namespaceSelector";
}

/**
 * PodAffinityTerm selects a set of pods and the topology key that defines "together".
 */
export interface PodAffinityTerm__Output {
  /**
   * Which pods count; none when absent.
   */
  'labelSelector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * Namespaces to look in; the pod's own namespace when both this and namespaceSelector are empty.
   */
  'namespaces'?: (string)[];
  /**
   * The node label whose equal values form one domain (kubernetes.io/hostname, topology.kubernetes.io/zone).
   */
  'topologyKey'?: (string);
  /**
   * Namespaces to look in, by their labels; an empty selector means every namespace.
   */
  'namespaceSelector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector as In.
   */
  'matchLabelKeys'?: (string)[];
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector as NotIn.
   */
  'mismatchLabelKeys'?: (string)[];
}
