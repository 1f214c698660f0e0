/**
 * The core types (pkg/apis/core, the internal types Kubernetes validates) that its field errors
 * print whole with `%#v`: a security context or seccomp profile that contradicts itself, a
 * PersistentVolume's node affinity, duplicate taints, ports, addresses and IPs, IP family lists.
 */
import { GO_INT, GO_STRING, type GoType, goField, goPointer, goSlice, goStruct } from '../index.js';
import { GO_INT_OR_STRING } from '../go-meta-types.js';

/** core.SecurityContext. Skiff has no seLinuxOptions, windowsOptions or appArmorProfile: always nil. */
export const GO_SECURITY_CONTEXT: GoType = goStruct('core.SecurityContext', [
  goField('Capabilities', goPointer('core.Capabilities')),
  goField('Privileged', goPointer('bool')),
  goField('SELinuxOptions', goPointer('core.SELinuxOptions'), 'seLinuxOptions'),
  goField('WindowsOptions', goPointer('core.WindowsSecurityContextOptions')),
  goField('RunAsUser', goPointer('int64')),
  goField('RunAsGroup', goPointer('int64')),
  goField('RunAsNonRoot', goPointer('bool')),
  goField('ReadOnlyRootFilesystem', goPointer('bool')),
  goField('AllowPrivilegeEscalation', goPointer('bool')),
  goField('ProcMount', goPointer('core.ProcMountType')),
  goField('SeccompProfile', goPointer('core.SeccompProfile')),
  goField('AppArmorProfile', goPointer('core.AppArmorProfile')),
]);

/** core.SeccompProfile. */
export const GO_SECCOMP_PROFILE: GoType = goStruct('core.SeccompProfile', [
  goField('Type', GO_STRING),
  goField('LocalhostProfile', goPointer('string')),
]);

/** core.VolumeNodeAffinity. */
export const GO_VOLUME_NODE_AFFINITY: GoType = goStruct('core.VolumeNodeAffinity', [goField('Required', goPointer('core.NodeSelector'))]);

/** core.Taint. */
export const GO_TAINT: GoType = goStruct('core.Taint', [
  goField('Key', GO_STRING),
  goField('Value', GO_STRING),
  goField('Effect', GO_STRING),
  goField('TimeAdded', goPointer('v1.Time')),
]);

/**
 * core.ServicePort. Kubernetes reports a repeated (protocol, port) pair as a ServicePort holding
 * only those two, so the rest print as zero values.
 */
export const GO_SERVICE_PORT: GoType = goStruct('core.ServicePort', [
  goField('Name', GO_STRING),
  goField('Protocol', GO_STRING),
  goField('AppProtocol', goPointer('string')),
  goField('Port', GO_INT),
  goField('TargetPort', GO_INT_OR_STRING),
  goField('NodePort', GO_INT),
]);

/** core.NodeAddress. */
export const GO_NODE_ADDRESS: GoType = goStruct('core.NodeAddress', [goField('Type', GO_STRING), goField('Address', GO_STRING)]);

/** core.PodIP and the []core.PodIP of a pod's status. */
export const GO_POD_IP: GoType = goStruct('core.PodIP', [goField('IP', GO_STRING, 'ip')]);
export const GO_POD_IPS: GoType = goSlice('[]core.PodIP', GO_POD_IP);
/** core.HostIP and the []core.HostIP of a pod's status. */
export const GO_HOST_IP: GoType = goStruct('core.HostIP', [goField('IP', GO_STRING, 'ip')]);
export const GO_HOST_IPS: GoType = goSlice('[]core.HostIP', GO_HOST_IP);

/** A []core.IPFamily. */
export const GO_IP_FAMILIES: GoType = goSlice('[]core.IPFamily', GO_STRING);

/**
 * A *field.Path, which Kubernetes passes as the value when a PVC's dataSource and dataSourceRef
 * disagree: the pointer is followed, and a field.Path prints its unexported fields.
 */
export const GO_FIELD_PATH: GoType = goStruct('field.Path', [
  goField('name', GO_STRING),
  goField('index', GO_STRING),
  goField('parent', goPointer('field.Path')),
]);
