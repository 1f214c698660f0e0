// Original file: proto/core/v1/pod.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';

/**
 * TopologySpreadConstraint bounds how unevenly matching pods may spread across a topology key.
 */
export interface TopologySpreadConstraint {
  /**
   * The largest allowed difference in matching pods between two domains.
   */
  'maxSkew'?: (number);
  /**
   * The node label whose values form the domains.
   */
  'topologyKey'?: (string);
  /**
   * DoNotSchedule (a hard rule) or ScheduleAnyway (a preference).
   */
  'whenUnsatisfiable'?: (string);
  /**
   * Which pods are counted in each domain.
   */
  'labelSelector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The fewest domains to count as eligible, with DoNotSchedule.
   */
  'minDomains'?: (number);
  /**
   * "Honor" (the default) or "Ignore": whether nodeAffinity/nodeSelector limit the domains.
   */
  'nodeAffinityPolicy'?: (string);
  /**
   * "Honor" or "Ignore" (the default): whether tainted nodes count as domains.
   */
  'nodeTaintsPolicy'?: (string);
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector.
   */
  'matchLabelKeys'?: (string)[];
  '_maxSkew'?: "maxSkew";
  '_topologyKey'?: "topologyKey";
  '_whenUnsatisfiable'?: "whenUnsatisfiable";
  '_labelSelector'?: "labelSelector";
  '_minDomains'?: "minDomains";
  '_nodeAffinityPolicy'?: "nodeAffinityPolicy";
  '_nodeTaintsPolicy'?: "nodeTaintsPolicy";
}

/**
 * TopologySpreadConstraint bounds how unevenly matching pods may spread across a topology key.
 */
export interface TopologySpreadConstraint__Output {
  /**
   * The largest allowed difference in matching pods between two domains.
   */
  'maxSkew'?: (number);
  /**
   * The node label whose values form the domains.
   */
  'topologyKey'?: (string);
  /**
   * DoNotSchedule (a hard rule) or ScheduleAnyway (a preference).
   */
  'whenUnsatisfiable'?: (string);
  /**
   * Which pods are counted in each domain.
   */
  'labelSelector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The fewest domains to count as eligible, with DoNotSchedule.
   */
  'minDomains'?: (number);
  /**
   * "Honor" (the default) or "Ignore": whether nodeAffinity/nodeSelector limit the domains.
   */
  'nodeAffinityPolicy'?: (string);
  /**
   * "Honor" or "Ignore" (the default): whether tainted nodes count as domains.
   */
  'nodeTaintsPolicy'?: (string);
  /**
   * Label keys whose values are taken from the incoming pod and added to labelSelector.
   */
  'matchLabelKeys'?: (string)[];
}
