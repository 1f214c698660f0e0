// Original file: proto/meta/v1/meta.proto

import type { Long } from '@grpc/proto-loader';

/**
 * TableCell is one cell: a string, an integer, a number or a boolean.
 */
export interface TableCell {
  'stringValue'?: (string);
  'intValue'?: (number | string | Long);
  'numberValue'?: (number | string);
  'boolValue'?: (boolean);
  'value'?: "stringValue"|"intValue"|"numberValue"|"boolValue";
}

/**
 * TableCell is one cell: a string, an integer, a number or a boolean.
 */
export interface TableCell__Output {
  'stringValue'?: (string);
  'intValue'?: (number);
  'numberValue'?: (number);
  'boolValue'?: (boolean);
}
