// Original file: proto/core/v1/namespace.proto

import type { NamespaceCondition as _skiff_core_v1_NamespaceCondition, NamespaceCondition__Output as _skiff_core_v1_NamespaceCondition__Output } from '../../../skiff/core/v1/NamespaceCondition.js';

/**
 * NamespaceStatus: phase Active or Terminating, and conditions while it drains.
 */
export interface NamespaceStatus {
  'phase'?: (string);
  'conditions'?: (_skiff_core_v1_NamespaceCondition)[];
  '_phase'?: "phase";
}

/**
 * NamespaceStatus: phase Active or Terminating, and conditions while it drains.
 */
export interface NamespaceStatus__Output {
  'phase'?: (string);
  'conditions'?: (_skiff_core_v1_NamespaceCondition__Output)[];
}
