// Original file: proto/meta/v1/meta.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { TableColumnDefinition as _skiff_meta_v1_TableColumnDefinition, TableColumnDefinition__Output as _skiff_meta_v1_TableColumnDefinition__Output } from '../../../skiff/meta/v1/TableColumnDefinition.js';
import type { TableRow as _skiff_meta_v1_TableRow, TableRow__Output as _skiff_meta_v1_TableRow__Output } from '../../../skiff/meta/v1/TableRow.js';

/**
 * Table is a list rendered as rows of cells, for printing (server-side printing).
 */
export interface Table {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'columnDefinitions'?: (_skiff_meta_v1_TableColumnDefinition)[];
  'rows'?: (_skiff_meta_v1_TableRow)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * Table is a list rendered as rows of cells, for printing (server-side printing).
 */
export interface Table__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'columnDefinitions'?: (_skiff_meta_v1_TableColumnDefinition__Output)[];
  'rows'?: (_skiff_meta_v1_TableRow__Output)[];
}
