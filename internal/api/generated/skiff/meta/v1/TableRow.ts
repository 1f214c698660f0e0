// Original file: proto/meta/v1/meta.proto

import type { TableCell as _skiff_meta_v1_TableCell, TableCell__Output as _skiff_meta_v1_TableCell__Output } from '../../../skiff/meta/v1/TableCell.js';
import type { TableRowCondition as _skiff_meta_v1_TableRowCondition, TableRowCondition__Output as _skiff_meta_v1_TableRowCondition__Output } from '../../../skiff/meta/v1/TableRowCondition.js';
import type { PartialObjectMetadata as _skiff_meta_v1_PartialObjectMetadata, PartialObjectMetadata__Output as _skiff_meta_v1_PartialObjectMetadata__Output } from '../../../skiff/meta/v1/PartialObjectMetadata.js';

/**
 * TableRow is one object's cells.
 */
export interface TableRow {
  'cells'?: (_skiff_meta_v1_TableCell)[];
  'conditions'?: (_skiff_meta_v1_TableRowCondition)[];
  'object'?: (_skiff_meta_v1_PartialObjectMetadata | null);
  '_object'?: "object";
}

/**
 * TableRow is one object's cells.
 */
export interface TableRow__Output {
  'cells'?: (_skiff_meta_v1_TableCell__Output)[];
  'conditions'?: (_skiff_meta_v1_TableRowCondition__Output)[];
  'object'?: (_skiff_meta_v1_PartialObjectMetadata__Output);
}
