// Original file: proto/core/v1/container.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';

/**
 * TCPSocketAction opens a TCP connection to the container.
 */
export interface TCPSocketAction {
  /**
   * A port number or the name of a container port.
   */
  'port'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * The host to connect to; the pod IP by default.
   */
  'host'?: (string);
  '_port'?: "port";
  '_host'?: "host";
}

/**
 * TCPSocketAction opens a TCP connection to the container.
 */
export interface TCPSocketAction__Output {
  /**
   * A port number or the name of a container port.
   */
  'port'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * The host to connect to; the pod IP by default.
   */
  'host'?: (string);
}
