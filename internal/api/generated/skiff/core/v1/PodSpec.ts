// Original file: proto/core/v1/pod.proto

import type { Volume as _skiff_core_v1_Volume, Volume__Output as _skiff_core_v1_Volume__Output } from '../../../skiff/core/v1/Volume.js';
import type { Container as _skiff_core_v1_Container, Container__Output as _skiff_core_v1_Container__Output } from '../../../skiff/core/v1/Container.js';
import type { PodSecurityContext as _skiff_core_v1_PodSecurityContext, PodSecurityContext__Output as _skiff_core_v1_PodSecurityContext__Output } from '../../../skiff/core/v1/PodSecurityContext.js';
import type { LocalObjectReference as _skiff_core_v1_LocalObjectReference, LocalObjectReference__Output as _skiff_core_v1_LocalObjectReference__Output } from '../../../skiff/core/v1/LocalObjectReference.js';
import type { Affinity as _skiff_core_v1_Affinity, Affinity__Output as _skiff_core_v1_Affinity__Output } from '../../../skiff/core/v1/Affinity.js';
import type { Toleration as _skiff_core_v1_Toleration, Toleration__Output as _skiff_core_v1_Toleration__Output } from '../../../skiff/core/v1/Toleration.js';
import type { HostAlias as _skiff_core_v1_HostAlias, HostAlias__Output as _skiff_core_v1_HostAlias__Output } from '../../../skiff/core/v1/HostAlias.js';
import type { PodDNSConfig as _skiff_core_v1_PodDNSConfig, PodDNSConfig__Output as _skiff_core_v1_PodDNSConfig__Output } from '../../../skiff/core/v1/PodDNSConfig.js';
import type { PodReadinessGate as _skiff_core_v1_PodReadinessGate, PodReadinessGate__Output as _skiff_core_v1_PodReadinessGate__Output } from '../../../skiff/core/v1/PodReadinessGate.js';
import type { TopologySpreadConstraint as _skiff_core_v1_TopologySpreadConstraint, TopologySpreadConstraint__Output as _skiff_core_v1_TopologySpreadConstraint__Output } from '../../../skiff/core/v1/TopologySpreadConstraint.js';
import type { PodOS as _skiff_core_v1_PodOS, PodOS__Output as _skiff_core_v1_PodOS__Output } from '../../../skiff/core/v1/PodOS.js';
import type { PodSchedulingGate as _skiff_core_v1_PodSchedulingGate, PodSchedulingGate__Output as _skiff_core_v1_PodSchedulingGate__Output } from '../../../skiff/core/v1/PodSchedulingGate.js';
import type { Long } from '@grpc/proto-loader';

/**
 * PodSpec is what a pod should run and the constraints on where and how.
 */
export interface PodSpec {
  'volumes'?: (_skiff_core_v1_Volume)[];
  /**
   * Run one after another, each to success, before the app containers start (except sidecars).
   */
  'initContainers'?: (_skiff_core_v1_Container)[];
  'containers'?: (_skiff_core_v1_Container)[];
  /**
   * Always (the default), OnFailure or Never.
   */
  'restartPolicy'?: (string);
  /**
   * Seconds between the stop signal and the kill; 30 by default, 0 kills at once.
   */
  'terminationGracePeriodSeconds'?: (number | string | Long);
  /**
   * Seconds the pod may run, from its start, before it is failed and its containers killed.
   */
  'activeDeadlineSeconds'?: (number | string | Long);
  /**
   * ClusterFirst (the default), ClusterFirstWithHostNet, Default or None.
   */
  'dnsPolicy'?: (string);
  /**
   * Labels a node must carry for the pod to be placed on it.
   */
  'nodeSelector'?: ({[key: string]: string});
  /**
   * The ServiceAccount the pod runs as; "default" when empty.
   */
  'serviceAccountName'?: (string);
  /**
   * Deprecated alias of serviceAccountName.
   */
  'serviceAccount'?: (string);
  /**
   * Whether the service account's API token is mounted into the containers.
   */
  'automountServiceAccountToken'?: (boolean);
  /**
   * The node the pod is bound to; setting it at creation bypasses the scheduler.
   */
  'nodeName'?: (string);
  /**
   * Use the node's network namespace.
   */
  'hostNetwork'?: (boolean);
  /**
   * Use the node's process ID namespace.
   */
  'hostPID'?: (boolean);
  /**
   * Use the node's IPC namespace.
   */
  'hostIPC'?: (boolean);
  /**
   * One process namespace for all containers of the pod.
   */
  'shareProcessNamespace'?: (boolean);
  'securityContext'?: (_skiff_core_v1_PodSecurityContext | null);
  /**
   * Secrets holding registry credentials for pulling the images.
   */
  'imagePullSecrets'?: (_skiff_core_v1_LocalObjectReference)[];
  /**
   * The pod's host name; the pod name when empty.
   */
  'hostname'?: (string);
  /**
   * With hostname, gives the pod the name <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.
   */
  'subdomain'?: (string);
  'affinity'?: (_skiff_core_v1_Affinity | null);
  /**
   * The scheduler that places the pod; "default-scheduler" when empty.
   */
  'schedulerName'?: (string);
  'tolerations'?: (_skiff_core_v1_Toleration)[];
  /**
   * Extra lines for the pod's /etc/hosts.
   */
  'hostAliases'?: (_skiff_core_v1_HostAlias)[];
  /**
   * The PriorityClass that decides the pod's priority.
   */
  'priorityClassName'?: (string);
  /**
   * Filled in from priorityClassName at admission; higher runs first and may preempt lower.
   */
  'priority'?: (number);
  /**
   * DNS settings merged into what dnsPolicy produces.
   */
  'dnsConfig'?: (_skiff_core_v1_PodDNSConfig | null);
  /**
   * Extra pod conditions that must be True for the pod to count as Ready.
   */
  'readinessGates'?: (_skiff_core_v1_PodReadinessGate)[];
  /**
   * The RuntimeClass (node.k8s.io) whose handler runs the pod.
   */
  'runtimeClassName'?: (string);
  /**
   * Whether Service addresses are injected as environment variables; true by default.
   */
  'enableServiceLinks'?: (boolean);
  /**
   * PreemptLowerPriority (the default) or Never.
   */
  'preemptionPolicy'?: (string);
  /**
   * Resources the pod's sandbox uses beyond its containers, set from its RuntimeClass.
   */
  'overhead'?: ({[key: string]: string});
  /**
   * How the pod's replicas should spread across topology domains.
   */
  'topologySpreadConstraints'?: (_skiff_core_v1_TopologySpreadConstraint)[];
  /**
   * Set the kernel host name to the pod's fully qualified domain name.
   */
  'setHostnameAsFQDN'?: (boolean);
  'os'?: (_skiff_core_v1_PodOS | null);
  /**
   * Use the node's user namespace; true by default.
   */
  'hostUsers'?: (boolean);
  /**
   * While any gate remains, the scheduler leaves the pod alone.
   */
  'schedulingGates'?: (_skiff_core_v1_PodSchedulingGate)[];
  '_restartPolicy'?: "restartPolicy";
  '_terminationGracePeriodSeconds'?: "terminationGracePeriodSeconds";
  '_activeDeadlineSeconds'?: "activeDeadlineSeconds";
  '_dnsPolicy'?: "dnsPolicy";
  '_serviceAccountName'?: "serviceAccountName";
  '_serviceAccount'?: "serviceAccount";
  '_automountServiceAccountToken'?: "automountServiceAccountToken";
  '_nodeName'?: "nodeName";
  '_hostNetwork'?: "hostNetwork";
  '_hostPID'?: "hostPID";
  '_hostIPC'?: "hostIPC";
  '_shareProcessNamespace'?: "shareProcessNamespace";
  '_securityContext'?: "securityContext";
  '_hostname'?: "hostname";
  '_subdomain'?: "subdomain";
  '_affinity'?: "affinity";
  '_schedulerName'?: "schedulerName";
  '_priorityClassName'?: "priorityClassName";
  '_priority'?: "priority";
  '_dnsConfig'?: "dnsConfig";
  '_runtimeClassName'?: "runtimeClassName";
  '_enableServiceLinks'?: "enableServiceLinks";
  '_preemptionPolicy'?: "preemptionPolicy";
  '_setHostnameAsFQDN'?: "setHostnameAsFQDN";
  '_os'?: "os";
  '_hostUsers'?: "hostUsers";
}

/**
 * PodSpec is what a pod should run and the constraints on where and how.
 */
export interface PodSpec__Output {
  'volumes'?: (_skiff_core_v1_Volume__Output)[];
  /**
   * Run one after another, each to success, before the app containers start (except sidecars).
   */
  'initContainers'?: (_skiff_core_v1_Container__Output)[];
  'containers'?: (_skiff_core_v1_Container__Output)[];
  /**
   * Always (the default), OnFailure or Never.
   */
  'restartPolicy'?: (string);
  /**
   * Seconds between the stop signal and the kill; 30 by default, 0 kills at once.
   */
  'terminationGracePeriodSeconds'?: (number);
  /**
   * Seconds the pod may run, from its start, before it is failed and its containers killed.
   */
  'activeDeadlineSeconds'?: (number);
  /**
   * ClusterFirst (the default), ClusterFirstWithHostNet, Default or None.
   */
  'dnsPolicy'?: (string);
  /**
   * Labels a node must carry for the pod to be placed on it.
   */
  'nodeSelector'?: ({[key: string]: string});
  /**
   * The ServiceAccount the pod runs as; "default" when empty.
   */
  'serviceAccountName'?: (string);
  /**
   * Deprecated alias of serviceAccountName.
   */
  'serviceAccount'?: (string);
  /**
   * Whether the service account's API token is mounted into the containers.
   */
  'automountServiceAccountToken'?: (boolean);
  /**
   * The node the pod is bound to; setting it at creation bypasses the scheduler.
   */
  'nodeName'?: (string);
  /**
   * Use the node's network namespace.
   */
  'hostNetwork'?: (boolean);
  /**
   * Use the node's process ID namespace.
   */
  'hostPID'?: (boolean);
  /**
   * Use the node's IPC namespace.
   */
  'hostIPC'?: (boolean);
  /**
   * One process namespace for all containers of the pod.
   */
  'shareProcessNamespace'?: (boolean);
  'securityContext'?: (_skiff_core_v1_PodSecurityContext__Output);
  /**
   * Secrets holding registry credentials for pulling the images.
   */
  'imagePullSecrets'?: (_skiff_core_v1_LocalObjectReference__Output)[];
  /**
   * The pod's host name; the pod name when empty.
   */
  'hostname'?: (string);
  /**
   * With hostname, gives the pod the name <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.
   */
  'subdomain'?: (string);
  'affinity'?: (_skiff_core_v1_Affinity__Output);
  /**
   * The scheduler that places the pod; "default-scheduler" when empty.
   */
  'schedulerName'?: (string);
  'tolerations'?: (_skiff_core_v1_Toleration__Output)[];
  /**
   * Extra lines for the pod's /etc/hosts.
   */
  'hostAliases'?: (_skiff_core_v1_HostAlias__Output)[];
  /**
   * The PriorityClass that decides the pod's priority.
   */
  'priorityClassName'?: (string);
  /**
   * Filled in from priorityClassName at admission; higher runs first and may preempt lower.
   */
  'priority'?: (number);
  /**
   * DNS settings merged into what dnsPolicy produces.
   */
  'dnsConfig'?: (_skiff_core_v1_PodDNSConfig__Output);
  /**
   * Extra pod conditions that must be True for the pod to count as Ready.
   */
  'readinessGates'?: (_skiff_core_v1_PodReadinessGate__Output)[];
  /**
   * The RuntimeClass (node.k8s.io) whose handler runs the pod.
   */
  'runtimeClassName'?: (string);
  /**
   * Whether Service addresses are injected as environment variables; true by default.
   */
  'enableServiceLinks'?: (boolean);
  /**
   * PreemptLowerPriority (the default) or Never.
   */
  'preemptionPolicy'?: (string);
  /**
   * Resources the pod's sandbox uses beyond its containers, set from its RuntimeClass.
   */
  'overhead'?: ({[key: string]: string});
  /**
   * How the pod's replicas should spread across topology domains.
   */
  'topologySpreadConstraints'?: (_skiff_core_v1_TopologySpreadConstraint__Output)[];
  /**
   * Set the kernel host name to the pod's fully qualified domain name.
   */
  'setHostnameAsFQDN'?: (boolean);
  'os'?: (_skiff_core_v1_PodOS__Output);
  /**
   * Use the node's user namespace; true by default.
   */
  'hostUsers'?: (boolean);
  /**
   * While any gate remains, the scheduler leaves the pod alone.
   */
  'schedulingGates'?: (_skiff_core_v1_PodSchedulingGate__Output)[];
}
