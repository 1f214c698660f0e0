// Original file: proto/core/v1/service.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';

/**
 * ServicePort is one port a service exposes and where it forwards to.
 */
export interface ServicePort {
  /**
   * Required when there are several ports; endpoints use it to match.
   */
  'name'?: (string);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  /**
   * The application protocol, for implementations that care (http, h2c, kubernetes.io/ws, ...).
   */
  'appProtocol'?: (string);
  /**
   * The port the service listens on.
   */
  'port'?: (number);
  /**
   * The pods' port: a number, or the name of a container port; the value of port when absent.
   */
  'targetPort'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * The port opened on every node for NodePort and LoadBalancer services; allocated when absent.
   */
  'nodePort'?: (number);
  '_name'?: "name";
  '_protocol'?: "protocol";
  '_appProtocol'?: "appProtocol";
  '_port'?: "port";
  '_targetPort'?: "targetPort";
  '_nodePort'?: "nodePort";
}

/**
 * ServicePort is one port a service exposes and where it forwards to.
 */
export interface ServicePort__Output {
  /**
   * Required when there are several ports; endpoints use it to match.
   */
  'name'?: (string);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  /**
   * The application protocol, for implementations that care (http, h2c, kubernetes.io/ws, ...).
   */
  'appProtocol'?: (string);
  /**
   * The port the service listens on.
   */
  'port'?: (number);
  /**
   * The pods' port: a number, or the name of a container port; the value of port when absent.
   */
  'targetPort'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * The port opened on every node for NodePort and LoadBalancer services; allocated when absent.
   */
  'nodePort'?: (number);
}
