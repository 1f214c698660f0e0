// Original file: proto/meta/v1/meta.proto

import type { LabelSelectorRequirement as _skiff_meta_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _skiff_meta_v1_LabelSelectorRequirement__Output } from '../../../skiff/meta/v1/LabelSelectorRequirement.js';

/**
 * LabelSelector selects objects by labels: every matchLabels pair and every expression must hold.
 */
export interface LabelSelector {
  'matchLabels'?: ({[key: string]: string});
  'matchExpressions'?: (_skiff_meta_v1_LabelSelectorRequirement)[];
}

/**
 * LabelSelector selects objects by labels: every matchLabels pair and every expression must hold.
 */
export interface LabelSelector__Output {
  'matchLabels'?: ({[key: string]: string});
  'matchExpressions'?: (_skiff_meta_v1_LabelSelectorRequirement__Output)[];
}
