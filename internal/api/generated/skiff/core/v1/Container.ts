// Original file: proto/core/v1/container.proto

import type { ContainerPort as _skiff_core_v1_ContainerPort, ContainerPort__Output as _skiff_core_v1_ContainerPort__Output } from '../../../skiff/core/v1/ContainerPort.js';
import type { EnvFromSource as _skiff_core_v1_EnvFromSource, EnvFromSource__Output as _skiff_core_v1_EnvFromSource__Output } from '../../../skiff/core/v1/EnvFromSource.js';
import type { EnvVar as _skiff_core_v1_EnvVar, EnvVar__Output as _skiff_core_v1_EnvVar__Output } from '../../../skiff/core/v1/EnvVar.js';
import type { ResourceRequirements as _skiff_core_v1_ResourceRequirements, ResourceRequirements__Output as _skiff_core_v1_ResourceRequirements__Output } from '../../../skiff/core/v1/ResourceRequirements.js';
import type { ContainerResizePolicy as _skiff_core_v1_ContainerResizePolicy, ContainerResizePolicy__Output as _skiff_core_v1_ContainerResizePolicy__Output } from '../../../skiff/core/v1/ContainerResizePolicy.js';
import type { VolumeMount as _skiff_core_v1_VolumeMount, VolumeMount__Output as _skiff_core_v1_VolumeMount__Output } from '../../../skiff/core/v1/VolumeMount.js';
import type { VolumeDevice as _skiff_core_v1_VolumeDevice, VolumeDevice__Output as _skiff_core_v1_VolumeDevice__Output } from '../../../skiff/core/v1/VolumeDevice.js';
import type { Probe as _skiff_core_v1_Probe, Probe__Output as _skiff_core_v1_Probe__Output } from '../../../skiff/core/v1/Probe.js';
import type { Lifecycle as _skiff_core_v1_Lifecycle, Lifecycle__Output as _skiff_core_v1_Lifecycle__Output } from '../../../skiff/core/v1/Lifecycle.js';
import type { SecurityContext as _skiff_core_v1_SecurityContext, SecurityContext__Output as _skiff_core_v1_SecurityContext__Output } from '../../../skiff/core/v1/SecurityContext.js';

/**
 * Container is one process image run inside a pod.
 */
export interface Container {
  /**
   * Unique among the pod's containers (a DNS label).
   */
  'name'?: (string);
  'image'?: (string);
  /**
   * Replaces the image's ENTRYPOINT; $(VAR) references to the environment are expanded.
   */
  'command'?: (string)[];
  /**
   * Replaces the image's CMD; $(VAR) references to the environment are expanded.
   */
  'args'?: (string)[];
  'workingDir'?: (string);
  /**
   * Ports the container listens on; informational, except for hostPort.
   */
  'ports'?: (_skiff_core_v1_ContainerPort)[];
  /**
   * Whole ConfigMaps or Secrets turned into environment variables; env wins on conflicts.
   */
  'envFrom'?: (_skiff_core_v1_EnvFromSource)[];
  'env'?: (_skiff_core_v1_EnvVar)[];
  'resources'?: (_skiff_core_v1_ResourceRequirements | null);
  /**
   * Whether changing a resource in place needs a container restart.
   */
  'resizePolicy'?: (_skiff_core_v1_ContainerResizePolicy)[];
  /**
   * Only for init containers: "Always" makes it a sidecar that keeps running beside the app containers.
   */
  'restartPolicy'?: (string);
  'volumeMounts'?: (_skiff_core_v1_VolumeMount)[];
  'volumeDevices'?: (_skiff_core_v1_VolumeDevice)[];
  /**
   * Failing it restarts the container.
   */
  'livenessProbe'?: (_skiff_core_v1_Probe | null);
  /**
   * Failing it takes the pod out of Service endpoints.
   */
  'readinessProbe'?: (_skiff_core_v1_Probe | null);
  /**
   * Holds back the other probes until it has succeeded once.
   */
  'startupProbe'?: (_skiff_core_v1_Probe | null);
  'lifecycle'?: (_skiff_core_v1_Lifecycle | null);
  /**
   * The file the container may write a last message to; /dev/termination-log by default.
   */
  'terminationMessagePath'?: (string);
  /**
   * "File" (the default) or "FallbackToLogsOnError" (use the log tail when the file is empty).
   */
  'terminationMessagePolicy'?: (string);
  /**
   * Always, Never or IfNotPresent; Always for a :latest tag, IfNotPresent otherwise.
   */
  'imagePullPolicy'?: (string);
  'securityContext'?: (_skiff_core_v1_SecurityContext | null);
  /**
   * Keep a stdin buffer open for the container (for attach).
   */
  'stdin'?: (boolean);
  /**
   * Close stdin after the first attached client disconnects.
   */
  'stdinOnce'?: (boolean);
  /**
   * Allocate a terminal; needs stdin.
   */
  'tty'?: (boolean);
  '_name'?: "name";
  '_image'?: "image";
  '_workingDir'?: "workingDir";
  '_resources'?: "resources";
  '_restartPolicy'?: "restartPolicy";
  '_livenessProbe'?: "livenessProbe";
  '_readinessProbe'?: "readinessProbe";
  '_startupProbe'?: "startupProbe";
  '_lifecycle'?: "lifecycle";
  '_terminationMessagePath'?: "terminationMessagePath";
  '_terminationMessagePolicy'?: "terminationMessagePolicy";
  '_imagePullPolicy'?: "imagePullPolicy";
  '_securityContext'?: "securityContext";
  '_stdin'?: "stdin";
  '_stdinOnce'?: "stdinOnce";
  '_tty'?: "tty";
}

/**
 * Container is one process image run inside a pod.
 */
export interface Container__Output {
  /**
   * Unique among the pod's containers (a DNS label).
   */
  'name'?: (string);
  'image'?: (string);
  /**
   * Replaces the image's ENTRYPOINT; $(VAR) references to the environment are expanded.
   */
  'command'?: (string)[];
  /**
   * Replaces the image's CMD; $(VAR) references to the environment are expanded.
   */
  'args'?: (string)[];
  'workingDir'?: (string);
  /**
   * Ports the container listens on; informational, except for hostPort.
   */
  'ports'?: (_skiff_core_v1_ContainerPort__Output)[];
  /**
   * Whole ConfigMaps or Secrets turned into environment variables; env wins on conflicts.
   */
  'envFrom'?: (_skiff_core_v1_EnvFromSource__Output)[];
  'env'?: (_skiff_core_v1_EnvVar__Output)[];
  'resources'?: (_skiff_core_v1_ResourceRequirements__Output);
  /**
   * Whether changing a resource in place needs a container restart.
   */
  'resizePolicy'?: (_skiff_core_v1_ContainerResizePolicy__Output)[];
  /**
   * Only for init containers: "Always" makes it a sidecar that keeps running beside the app containers.
   */
  'restartPolicy'?: (string);
  'volumeMounts'?: (_skiff_core_v1_VolumeMount__Output)[];
  'volumeDevices'?: (_skiff_core_v1_VolumeDevice__Output)[];
  /**
   * Failing it restarts the container.
   */
  'livenessProbe'?: (_skiff_core_v1_Probe__Output);
  /**
   * Failing it takes the pod out of Service endpoints.
   */
  'readinessProbe'?: (_skiff_core_v1_Probe__Output);
  /**
   * Holds back the other probes until it has succeeded once.
   */
  'startupProbe'?: (_skiff_core_v1_Probe__Output);
  'lifecycle'?: (_skiff_core_v1_Lifecycle__Output);
  /**
   * The file the container may write a last message to; /dev/termination-log by default.
   */
  'terminationMessagePath'?: (string);
  /**
   * "File" (the default) or "FallbackToLogsOnError" (use the log tail when the file is empty).
   */
  'terminationMessagePolicy'?: (string);
  /**
   * Always, Never or IfNotPresent; Always for a :latest tag, IfNotPresent otherwise.
   */
  'imagePullPolicy'?: (string);
  'securityContext'?: (_skiff_core_v1_SecurityContext__Output);
  /**
   * Keep a stdin buffer open for the container (for attach).
   */
  'stdin'?: (boolean);
  /**
   * Close stdin after the first attached client disconnects.
   */
  'stdinOnce'?: (boolean);
  /**
   * Allocate a terminal; needs stdin.
   */
  'tty'?: (boolean);
}
