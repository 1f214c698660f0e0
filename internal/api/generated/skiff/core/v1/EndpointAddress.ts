// Original file: proto/core/v1/endpoints.proto

import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';

/**
 * EndpointAddress is one backend address, normally a pod's IP.
 */
export interface EndpointAddress {
  'ip'?: (string);
  'hostname'?: (string);
  /**
   * The node the backend runs on.
   */
  'nodeName'?: (string);
  /**
   * The object behind the address, normally the Pod.
   */
  'targetRef'?: (_skiff_core_v1_ObjectReference | null);
  '_ip'?: "ip";
  '_hostname'?: "hostname";
  '_nodeName'?: "nodeName";
  '_targetRef'?: "targetRef";
}

/**
 * EndpointAddress is one backend address, normally a pod's IP.
 */
export interface EndpointAddress__Output {
  'ip'?: (string);
  'hostname'?: (string);
  /**
   * The node the backend runs on.
   */
  'nodeName'?: (string);
  /**
   * The object behind the address, normally the Pod.
   */
  'targetRef'?: (_skiff_core_v1_ObjectReference__Output);
}
