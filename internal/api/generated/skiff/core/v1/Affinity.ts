// Original file: proto/core/v1/affinity.proto

import type { NodeAffinity as _skiff_core_v1_NodeAffinity, NodeAffinity__Output as _skiff_core_v1_NodeAffinity__Output } from '../../../skiff/core/v1/NodeAffinity.js';
import type { PodAffinity as _skiff_core_v1_PodAffinity, PodAffinity__Output as _skiff_core_v1_PodAffinity__Output } from '../../../skiff/core/v1/PodAffinity.js';
import type { PodAntiAffinity as _skiff_core_v1_PodAntiAffinity, PodAntiAffinity__Output as _skiff_core_v1_PodAntiAffinity__Output } from '../../../skiff/core/v1/PodAntiAffinity.js';

/**
 * Affinity groups a pod's node affinity, pod affinity and pod anti-affinity rules.
 */
export interface Affinity {
  'nodeAffinity'?: (_skiff_core_v1_NodeAffinity | null);
  'podAffinity'?: (_skiff_core_v1_PodAffinity | null);
  'podAntiAffinity'?: (_skiff_core_v1_PodAntiAffinity | null);
  '_nodeAffinity'?: "nodeAffinity";
  '_podAffinity'?: "podAffinity";
  '_podAntiAffinity'?: "podAntiAffinity";
}

/**
 * Affinity groups a pod's node affinity, pod affinity and pod anti-affinity rules.
 */
export interface Affinity__Output {
  'nodeAffinity'?: (_skiff_core_v1_NodeAffinity__Output);
  'podAffinity'?: (_skiff_core_v1_PodAffinity__Output);
  'podAntiAffinity'?: (_skiff_core_v1_PodAntiAffinity__Output);
}
