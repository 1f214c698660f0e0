// Original file: proto/core/v1/container.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';
import type { HTTPHeader as _skiff_core_v1_HTTPHeader, HTTPHeader__Output as _skiff_core_v1_HTTPHeader__Output } from '../../../skiff/core/v1/HTTPHeader.js';

/**
 * HTTPGetAction is an HTTP GET against the container.
 */
export interface HTTPGetAction {
  'path'?: (string);
  /**
   * A port number or the name of a container port.
   */
  'port'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * The host to connect to; the pod IP by default.
   */
  'host'?: (string);
  /**
   * HTTP (the default) or HTTPS.
   */
  'scheme'?: (string);
  'httpHeaders'?: (_skiff_core_v1_HTTPHeader)[];
  '_path'?: "path";
  '_port'?: "port";
  '_host'?: "host";
  '_scheme'?: "scheme";
}

/**
 * HTTPGetAction is an HTTP GET against the container.
 */
export interface HTTPGetAction__Output {
  'path'?: (string);
  /**
   * A port number or the name of a container port.
   */
  'port'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * The host to connect to; the pod IP by default.
   */
  'host'?: (string);
  /**
   * HTTP (the default) or HTTPS.
   */
  'scheme'?: (string);
  'httpHeaders'?: (_skiff_core_v1_HTTPHeader__Output)[];
}
