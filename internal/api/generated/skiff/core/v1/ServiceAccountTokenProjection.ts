// Original file: proto/core/v1/volume.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ServiceAccountTokenProjection writes a token of the pod's service account, refreshed before it expires.
 */
export interface ServiceAccountTokenProjection {
  /**
   * Who the token is meant for; the API server by default.
   */
  'audience'?: (string);
  /**
   * How long the token is valid; 3600 by default, at least 600.
   */
  'expirationSeconds'?: (number | string | Long);
  /**
   * The file, relative to the mount point.
   */
  'path'?: (string);
  '_audience'?: "audience";
  '_expirationSeconds'?: "expirationSeconds";
  '_path'?: "path";
}

/**
 * ServiceAccountTokenProjection writes a token of the pod's service account, refreshed before it expires.
 */
export interface ServiceAccountTokenProjection__Output {
  /**
   * Who the token is meant for; the API server by default.
   */
  'audience'?: (string);
  /**
   * How long the token is valid; 3600 by default, at least 600.
   */
  'expirationSeconds'?: (number);
  /**
   * The file, relative to the mount point.
   */
  'path'?: (string);
}
