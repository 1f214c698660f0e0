// Original file: proto/core/v1/node.proto


/**
 * NodeSystemInfo identifies the machine and the software versions running on it.
 */
export interface NodeSystemInfo {
  'machineID'?: (string);
  'systemUUID'?: (string);
  /**
   * Changes with every reboot.
   */
  'bootID'?: (string);
  'kernelVersion'?: (string);
  'osImage'?: (string);
  /**
   * As <runtime>://<version>.
   */
  'containerRuntimeVersion'?: (string);
  'kubeletVersion'?: (string);
  /**
   * Deprecated; not reliably set.
   */
  'kubeProxyVersion'?: (string);
  'operatingSystem'?: (string);
  'architecture'?: (string);
  '_machineID'?: "machineID";
  '_systemUUID'?: "systemUUID";
  '_bootID'?: "bootID";
  '_kernelVersion'?: "kernelVersion";
  '_osImage'?: "osImage";
  '_containerRuntimeVersion'?: "containerRuntimeVersion";
  '_kubeletVersion'?: "kubeletVersion";
  '_kubeProxyVersion'?: "kubeProxyVersion";
  '_operatingSystem'?: "operatingSystem";
  '_architecture'?: "architecture";
}

/**
 * NodeSystemInfo identifies the machine and the software versions running on it.
 */
export interface NodeSystemInfo__Output {
  'machineID'?: (string);
  'systemUUID'?: (string);
  /**
   * Changes with every reboot.
   */
  'bootID'?: (string);
  'kernelVersion'?: (string);
  'osImage'?: (string);
  /**
   * As <runtime>://<version>.
   */
  'containerRuntimeVersion'?: (string);
  'kubeletVersion'?: (string);
  /**
   * Deprecated; not reliably set.
   */
  'kubeProxyVersion'?: (string);
  'operatingSystem'?: (string);
  'architecture'?: (string);
}
