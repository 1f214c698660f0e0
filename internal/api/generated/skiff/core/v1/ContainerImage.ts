// Original file: proto/core/v1/node.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ContainerImage is one image on the node, under all its names.
 */
export interface ContainerImage {
  'names'?: (string)[];
  'sizeBytes'?: (number | string | Long);
  '_sizeBytes'?: "sizeBytes";
}

/**
 * ContainerImage is one image on the node, under all its names.
 */
export interface ContainerImage__Output {
  'names'?: (string)[];
  'sizeBytes'?: (number);
}
