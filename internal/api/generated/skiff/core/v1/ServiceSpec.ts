// Original file: proto/core/v1/service.proto

import type { ServicePort as _skiff_core_v1_ServicePort, ServicePort__Output as _skiff_core_v1_ServicePort__Output } from '../../../skiff/core/v1/ServicePort.js';
import type { SessionAffinityConfig as _skiff_core_v1_SessionAffinityConfig, SessionAffinityConfig__Output as _skiff_core_v1_SessionAffinityConfig__Output } from '../../../skiff/core/v1/SessionAffinityConfig.js';

/**
 * ServiceSpec is how a service is exposed and which pods back it.
 */
export interface ServiceSpec {
  'ports'?: (_skiff_core_v1_ServicePort)[];
  /**
   * Labels of the backing pods; without one, endpoints are managed by hand.
   */
  'selector'?: ({[key: string]: string});
  /**
   * The virtual IP, allocated when empty; "None" makes a headless service.
   */
  'clusterIP'?: (string);
  /**
   * The virtual IPs, one per address family; the first equals clusterIP.
   */
  'clusterIPs'?: (string)[];
  /**
   * ClusterIP (the default), NodePort, LoadBalancer or ExternalName.
   */
  'type'?: (string);
  /**
   * Extra addresses, outside the cluster's control, that also route to the service.
   */
  'externalIPs'?: (string)[];
  /**
   * "None" (the default) or "ClientIP": send one client's connections to the same pod.
   */
  'sessionAffinity'?: (string);
  /**
   * Deprecated: the address a load balancer should take, where the provider supports it.
   */
  'loadBalancerIP'?: (string);
  /**
   * Client CIDRs a load balancer admits.
   */
  'loadBalancerSourceRanges'?: (string)[];
  /**
   * For type ExternalName: the DNS name the service's name is a CNAME for.
   */
  'externalName'?: (string);
  /**
   * "Cluster" (the default) or "Local": whether external traffic may go to pods on other nodes.
   */
  'externalTrafficPolicy'?: (string);
  /**
   * The node port load balancers check, with externalTrafficPolicy Local.
   */
  'healthCheckNodePort'?: (number);
  /**
   * Publish addresses of pods that are not ready too (for peer discovery).
   */
  'publishNotReadyAddresses'?: (boolean);
  'sessionAffinityConfig'?: (_skiff_core_v1_SessionAffinityConfig | null);
  /**
   * IPv4 and/or IPv6, in the order the cluster IPs are assigned.
   */
  'ipFamilies'?: (string)[];
  /**
   * SingleStack, PreferDualStack or RequireDualStack.
   */
  'ipFamilyPolicy'?: (string);
  /**
   * Whether a LoadBalancer service gets node ports; true by default.
   */
  'allocateLoadBalancerNodePorts'?: (boolean);
  /**
   * Which load balancer implementation serves this service; the cloud provider's when empty.
   */
  'loadBalancerClass'?: (string);
  /**
   * "Cluster" (the default) or "Local": whether in-cluster traffic may go to pods on other nodes.
   */
  'internalTrafficPolicy'?: (string);
  /**
   * A routing preference, such as "PreferClose" for endpoints nearby.
   */
  'trafficDistribution'?: (string);
  '_clusterIP'?: "clusterIP";
  '_type'?: "type";
  '_sessionAffinity'?: "sessionAffinity";
  '_loadBalancerIP'?: "loadBalancerIP";
  '_externalName'?: "externalName";
  '_externalTrafficPolicy'?: "externalTrafficPolicy";
  '_healthCheckNodePort'?: "healthCheckNodePort";
  '_publishNotReadyAddresses'?: "publishNotReadyAddresses";
  '_sessionAffinityConfig'?: "sessionAffinityConfig";
  '_ipFamilyPolicy'?: "ipFamilyPolicy";
  '_allocateLoadBalancerNodePorts'?: "allocateLoadBalancerNodePorts";
  '_loadBalancerClass'?: "loadBalancerClass";
  '_internalTrafficPolicy'?: "internalTrafficPolicy";
  '_trafficDistribution'?: "trafficDistribution";
}

/**
 * ServiceSpec is how a service is exposed and which pods back it.
 */
export interface ServiceSpec__Output {
  'ports'?: (_skiff_core_v1_ServicePort__Output)[];
  /**
   * Labels of the backing pods; without one, endpoints are managed by hand.
   */
  'selector'?: ({[key: string]: string});
  /**
   * The virtual IP, allocated when empty; "None" makes a headless service.
   */
  'clusterIP'?: (string);
  /**
   * The virtual IPs, one per address family; the first equals clusterIP.
   */
  'clusterIPs'?: (string)[];
  /**
   * ClusterIP (the default), NodePort, LoadBalancer or ExternalName.
   */
  'type'?: (string);
  /**
   * Extra addresses, outside the cluster's control, that also route to the service.
   */
  'externalIPs'?: (string)[];
  /**
   * "None" (the default) or "ClientIP": send one client's connections to the same pod.
   */
  'sessionAffinity'?: (string);
  /**
   * Deprecated: the address a load balancer should take, where the provider supports it.
   */
  'loadBalancerIP'?: (string);
  /**
   * Client CIDRs a load balancer admits.
   */
  'loadBalancerSourceRanges'?: (string)[];
  /**
   * For type ExternalName: the DNS name the service's name is a CNAME for.
   */
  'externalName'?: (string);
  /**
   * "Cluster" (the default) or "Local": whether external traffic may go to pods on other nodes.
   */
  'externalTrafficPolicy'?: (string);
  /**
   * The node port load balancers check, with externalTrafficPolicy Local.
   */
  'healthCheckNodePort'?: (number);
  /**
   * Publish addresses of pods that are not ready too (for peer discovery).
   */
  'publishNotReadyAddresses'?: (boolean);
  'sessionAffinityConfig'?: (_skiff_core_v1_SessionAffinityConfig__Output);
  /**
   * IPv4 and/or IPv6, in the order the cluster IPs are assigned.
   */
  'ipFamilies'?: (string)[];
  /**
   * SingleStack, PreferDualStack or RequireDualStack.
   */
  'ipFamilyPolicy'?: (string);
  /**
   * Whether a LoadBalancer service gets node ports; true by default.
   */
  'allocateLoadBalancerNodePorts'?: (boolean);
  /**
   * Which load balancer implementation serves this service; the cloud provider's when empty.
   */
  'loadBalancerClass'?: (string);
  /**
   * "Cluster" (the default) or "Local": whether in-cluster traffic may go to pods on other nodes.
   */
  'internalTrafficPolicy'?: (string);
  /**
   * A routing preference, such as "PreferClose" for endpoints nearby.
   */
  'trafficDistribution'?: (string);
}
