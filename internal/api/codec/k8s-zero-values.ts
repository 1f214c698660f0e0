/**
 * Which Kubernetes fields a zero value leaves unset. Kubernetes' protobuf writes every field that is
 * not a pointer in its Go types, set or not (`generateName: ""`, `hostNetwork: false`,
 * `minReadySeconds: 0`), and its JSON then leaves those zeros out (`omitempty`); a pointer field is
 * written only when set, and there a zero is a value (`replicas: 0`, `automountServiceAccountToken:
 * false`, `storageClassName: ""`). Skiff keeps presence, so the transcoder drops a zero only for the
 * fields listed here: the non-pointer `omitempty` scalars of Kubernetes' Go types, by Skiff message.
 * A field missing from the list keeps its zero, which is never wrong, only untidy; so the list errs
 * on leaving fields out. Fields without `omitempty` (`containerPort`, `value` of a PriorityClass,
 * condition `type` and `status`) are not listed: Kubernetes' JSON shows their zero.
 */

const ZERO_IS_UNSET: Readonly<Record<string, readonly string[]>> = {
  'skiff.meta.v1.ObjectMeta': ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation'],
  'skiff.meta.v1.ManagedFieldsEntry': ['manager', 'operation', 'apiVersion', 'fieldsType', 'subresource'],
  'skiff.meta.v1.Condition': ['observedGeneration'],

  'skiff.apps.v1.DaemonSetCondition': ['reason', 'message'],
  'skiff.apps.v1.DaemonSetSpec': ['minReadySeconds'],
  'skiff.apps.v1.DaemonSetStatus': ['observedGeneration', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable'],
  'skiff.apps.v1.DaemonSetUpdateStrategy': ['type'],
  'skiff.apps.v1.DeploymentCondition': ['reason', 'message'],
  'skiff.apps.v1.DeploymentSpec': ['minReadySeconds', 'paused'],
  'skiff.apps.v1.DeploymentStatus': ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'],
  'skiff.apps.v1.DeploymentStrategy': ['type'],
  'skiff.apps.v1.ReplicaSetCondition': ['reason', 'message'],
  'skiff.apps.v1.ReplicaSetSpec': ['minReadySeconds'],
  'skiff.apps.v1.ReplicaSetStatus': ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'],
  'skiff.apps.v1.StatefulSetCondition': ['reason', 'message'],
  'skiff.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy': ['whenDeleted', 'whenScaled'],
  'skiff.apps.v1.StatefulSetSpec': ['serviceName', 'podManagementPolicy', 'minReadySeconds'],
  'skiff.apps.v1.StatefulSetStatus': ['observedGeneration', 'readyReplicas', 'currentReplicas', 'updatedReplicas', 'currentRevision', 'updateRevision'],
  'skiff.apps.v1.StatefulSetUpdateStrategy': ['type'],

  'skiff.autoscaling.v1.ScaleStatus': ['selector'],

  'skiff.batch.v1.CronJobSpec': ['concurrencyPolicy'],
  'skiff.batch.v1.JobCondition': ['reason', 'message'],
  'skiff.batch.v1.JobStatus': ['active', 'succeeded', 'failed', 'completedIndexes'],

  'skiff.core.v1.ConfigMapEnvSource': ['name'],
  'skiff.core.v1.ConfigMapKeySelector': ['name'],
  'skiff.core.v1.ConfigMapProjection': ['name'],
  'skiff.core.v1.ConfigMapVolumeSource': ['name'],
  'skiff.core.v1.Container': ['image', 'workingDir', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'stdin', 'stdinOnce', 'tty'],
  'skiff.core.v1.ContainerImage': ['sizeBytes'],
  'skiff.core.v1.ContainerPort': ['name', 'hostPort', 'protocol', 'hostIP'],
  'skiff.core.v1.ContainerStateTerminated': ['signal', 'reason', 'message', 'containerID'],
  'skiff.core.v1.ContainerStateWaiting': ['reason', 'message'],
  'skiff.core.v1.ContainerStatus': ['containerID'],
  'skiff.core.v1.EmptyDirVolumeSource': ['medium'],
  'skiff.core.v1.EndpointAddress': ['hostname'],
  'skiff.core.v1.EndpointPort': ['name', 'protocol'],
  'skiff.core.v1.EnvFromSource': ['prefix'],
  'skiff.core.v1.EnvVar': ['value'],
  'skiff.core.v1.Event': ['reason', 'message', 'count', 'type', 'action'],
  'skiff.core.v1.EventSeries': ['count'],
  'skiff.core.v1.EventSource': ['component', 'host'],
  'skiff.core.v1.HTTPGetAction': ['path', 'host', 'scheme'],
  'skiff.core.v1.LoadBalancerIngress': ['ip', 'hostname'],
  'skiff.core.v1.LocalObjectReference': ['name'],
  'skiff.core.v1.NamespaceCondition': ['reason', 'message'],
  'skiff.core.v1.NamespaceStatus': ['phase'],
  'skiff.core.v1.NodeCondition': ['reason', 'message'],
  'skiff.core.v1.NodeSpec': ['podCIDR', 'providerID', 'unschedulable'],
  'skiff.core.v1.NodeStatus': ['phase'],
  'skiff.core.v1.ObjectFieldSelector': ['apiVersion'],
  'skiff.core.v1.ObjectReference': ['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'],
  'skiff.core.v1.PersistentVolumeClaimCondition': ['reason', 'message'],
  'skiff.core.v1.PersistentVolumeClaimSpec': ['volumeName'],
  'skiff.core.v1.PersistentVolumeClaimStatus': ['phase'],
  'skiff.core.v1.PersistentVolumeClaimVolumeSource': ['readOnly'],
  'skiff.core.v1.PersistentVolumeSpec': ['persistentVolumeReclaimPolicy', 'storageClassName'],
  'skiff.core.v1.PersistentVolumeStatus': ['phase', 'message', 'reason'],
  'skiff.core.v1.PodCondition': ['reason', 'message'],
  'skiff.core.v1.PodDNSConfigOption': ['name'],
  'skiff.core.v1.PodSpec': [
    'restartPolicy', 'dnsPolicy', 'serviceAccountName', 'serviceAccount', 'nodeName', 'hostNetwork', 'hostPID', 'hostIPC',
    'hostname', 'subdomain', 'schedulerName', 'priorityClassName',
  ],
  'skiff.core.v1.PodStatus': ['phase', 'message', 'reason', 'nominatedNodeName', 'hostIP', 'podIP', 'qosClass'],
  'skiff.core.v1.Probe': ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'],
  'skiff.core.v1.ReplicationControllerCondition': ['reason', 'message'],
  'skiff.core.v1.ReplicationControllerSpec': ['minReadySeconds'],
  'skiff.core.v1.ReplicationControllerStatus': ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'],
  'skiff.core.v1.ResourceClaim': ['request'],
  'skiff.core.v1.ResourceFieldSelector': ['containerName'],
  'skiff.core.v1.Secret': ['type'],
  'skiff.core.v1.SecretEnvSource': ['name'],
  'skiff.core.v1.SecretKeySelector': ['name'],
  'skiff.core.v1.SecretProjection': ['name'],
  'skiff.core.v1.SecretVolumeSource': ['secretName'],
  'skiff.core.v1.ServiceAccountTokenProjection': ['audience'],
  'skiff.core.v1.ServicePort': ['name', 'protocol', 'nodePort'],
  'skiff.core.v1.ServiceSpec': [
    'clusterIP', 'type', 'sessionAffinity', 'loadBalancerIP', 'externalName', 'externalTrafficPolicy', 'healthCheckNodePort',
    'publishNotReadyAddresses',
  ],
  'skiff.core.v1.TCPSocketAction': ['host'],
  'skiff.core.v1.Taint': ['value'],
  'skiff.core.v1.Toleration': ['key', 'operator', 'value', 'effect'],
  'skiff.core.v1.VolumeMount': ['readOnly', 'subPath', 'subPathExpr'],

  'skiff.policy.v1.PodDisruptionBudgetStatus': ['observedGeneration'],

  'skiff.scheduling.v1.PriorityClass': ['globalDefault', 'description'],
};

const unset = new Map<string, ReadonlySet<string>>(Object.entries(ZERO_IS_UNSET).map(([type, fields]) => [type, new Set(fields)]));

/** True when Kubernetes writes `field` of the Skiff message `typeName` even unset, so its zero means absent. */
export function zeroIsUnset(typeName: string, field: string): boolean {
  return unset.get(typeName)?.has(field) ?? false;
}

/** Every listed message and field, for the test that checks each still exists in proto/. */
export function zeroIsUnsetFields(): ReadonlyArray<readonly [typeName: string, field: string]> {
  return Object.entries(ZERO_IS_UNSET).flatMap(([type, fields]) => fields.map((f) => [type, f] as const));
}
