import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto.js';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions.js';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto.js';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions.js';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions.js';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet.js';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults.js';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto.js';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions.js';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto.js';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet.js';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions.js';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo.js';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions.js';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto.js';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions.js';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto.js';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions.js';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto.js';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions.js';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo.js';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption.js';
import type { APIResource as _skiff_api_v1_APIResource, APIResource__Output as _skiff_api_v1_APIResource__Output } from './skiff/api/v1/APIResource.js';
import type { ApiClient as _skiff_api_v1_ApiClient, ApiDefinition as _skiff_api_v1_ApiDefinition } from './skiff/api/v1/Api.js';
import type { BindRequest as _skiff_api_v1_BindRequest, BindRequest__Output as _skiff_api_v1_BindRequest__Output } from './skiff/api/v1/BindRequest.js';
import type { CreateRequest as _skiff_api_v1_CreateRequest, CreateRequest__Output as _skiff_api_v1_CreateRequest__Output } from './skiff/api/v1/CreateRequest.js';
import type { DeleteCollectionRequest as _skiff_api_v1_DeleteCollectionRequest, DeleteCollectionRequest__Output as _skiff_api_v1_DeleteCollectionRequest__Output } from './skiff/api/v1/DeleteCollectionRequest.js';
import type { DeleteRequest as _skiff_api_v1_DeleteRequest, DeleteRequest__Output as _skiff_api_v1_DeleteRequest__Output } from './skiff/api/v1/DeleteRequest.js';
import type { DeleteResponse as _skiff_api_v1_DeleteResponse, DeleteResponse__Output as _skiff_api_v1_DeleteResponse__Output } from './skiff/api/v1/DeleteResponse.js';
import type { DiscoveryRequest as _skiff_api_v1_DiscoveryRequest, DiscoveryRequest__Output as _skiff_api_v1_DiscoveryRequest__Output } from './skiff/api/v1/DiscoveryRequest.js';
import type { DiscoveryResponse as _skiff_api_v1_DiscoveryResponse, DiscoveryResponse__Output as _skiff_api_v1_DiscoveryResponse__Output } from './skiff/api/v1/DiscoveryResponse.js';
import type { EvictRequest as _skiff_api_v1_EvictRequest, EvictRequest__Output as _skiff_api_v1_EvictRequest__Output } from './skiff/api/v1/EvictRequest.js';
import type { GetRequest as _skiff_api_v1_GetRequest, GetRequest__Output as _skiff_api_v1_GetRequest__Output } from './skiff/api/v1/GetRequest.js';
import type { GetScaleRequest as _skiff_api_v1_GetScaleRequest, GetScaleRequest__Output as _skiff_api_v1_GetScaleRequest__Output } from './skiff/api/v1/GetScaleRequest.js';
import type { ListRequest as _skiff_api_v1_ListRequest, ListRequest__Output as _skiff_api_v1_ListRequest__Output } from './skiff/api/v1/ListRequest.js';
import type { ListResponse as _skiff_api_v1_ListResponse, ListResponse__Output as _skiff_api_v1_ListResponse__Output } from './skiff/api/v1/ListResponse.js';
import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from './skiff/api/v1/Object.js';
import type { PatchRequest as _skiff_api_v1_PatchRequest, PatchRequest__Output as _skiff_api_v1_PatchRequest__Output } from './skiff/api/v1/PatchRequest.js';
import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from './skiff/api/v1/ResourceRef.js';
import type { UpdateRequest as _skiff_api_v1_UpdateRequest, UpdateRequest__Output as _skiff_api_v1_UpdateRequest__Output } from './skiff/api/v1/UpdateRequest.js';
import type { UpdateResponse as _skiff_api_v1_UpdateResponse, UpdateResponse__Output as _skiff_api_v1_UpdateResponse__Output } from './skiff/api/v1/UpdateResponse.js';
import type { UpdateScaleRequest as _skiff_api_v1_UpdateScaleRequest, UpdateScaleRequest__Output as _skiff_api_v1_UpdateScaleRequest__Output } from './skiff/api/v1/UpdateScaleRequest.js';
import type { VersionInfo as _skiff_api_v1_VersionInfo, VersionInfo__Output as _skiff_api_v1_VersionInfo__Output } from './skiff/api/v1/VersionInfo.js';
import type { Warnings as _skiff_api_v1_Warnings, Warnings__Output as _skiff_api_v1_Warnings__Output } from './skiff/api/v1/Warnings.js';
import type { WatchEvent as _skiff_api_v1_WatchEvent, WatchEvent__Output as _skiff_api_v1_WatchEvent__Output } from './skiff/api/v1/WatchEvent.js';
import type { WatchEvents as _skiff_api_v1_WatchEvents, WatchEvents__Output as _skiff_api_v1_WatchEvents__Output } from './skiff/api/v1/WatchEvents.js';
import type { WatchRequest as _skiff_api_v1_WatchRequest, WatchRequest__Output as _skiff_api_v1_WatchRequest__Output } from './skiff/api/v1/WatchRequest.js';
import type { WriteOptions as _skiff_api_v1_WriteOptions, WriteOptions__Output as _skiff_api_v1_WriteOptions__Output } from './skiff/api/v1/WriteOptions.js';
import type { ControllerRevision as _skiff_apps_v1_ControllerRevision, ControllerRevision__Output as _skiff_apps_v1_ControllerRevision__Output } from './skiff/apps/v1/ControllerRevision.js';
import type { ControllerRevisionList as _skiff_apps_v1_ControllerRevisionList, ControllerRevisionList__Output as _skiff_apps_v1_ControllerRevisionList__Output } from './skiff/apps/v1/ControllerRevisionList.js';
import type { DaemonSet as _skiff_apps_v1_DaemonSet, DaemonSet__Output as _skiff_apps_v1_DaemonSet__Output } from './skiff/apps/v1/DaemonSet.js';
import type { DaemonSetCondition as _skiff_apps_v1_DaemonSetCondition, DaemonSetCondition__Output as _skiff_apps_v1_DaemonSetCondition__Output } from './skiff/apps/v1/DaemonSetCondition.js';
import type { DaemonSetList as _skiff_apps_v1_DaemonSetList, DaemonSetList__Output as _skiff_apps_v1_DaemonSetList__Output } from './skiff/apps/v1/DaemonSetList.js';
import type { DaemonSetSpec as _skiff_apps_v1_DaemonSetSpec, DaemonSetSpec__Output as _skiff_apps_v1_DaemonSetSpec__Output } from './skiff/apps/v1/DaemonSetSpec.js';
import type { DaemonSetStatus as _skiff_apps_v1_DaemonSetStatus, DaemonSetStatus__Output as _skiff_apps_v1_DaemonSetStatus__Output } from './skiff/apps/v1/DaemonSetStatus.js';
import type { DaemonSetUpdateStrategy as _skiff_apps_v1_DaemonSetUpdateStrategy, DaemonSetUpdateStrategy__Output as _skiff_apps_v1_DaemonSetUpdateStrategy__Output } from './skiff/apps/v1/DaemonSetUpdateStrategy.js';
import type { Deployment as _skiff_apps_v1_Deployment, Deployment__Output as _skiff_apps_v1_Deployment__Output } from './skiff/apps/v1/Deployment.js';
import type { DeploymentCondition as _skiff_apps_v1_DeploymentCondition, DeploymentCondition__Output as _skiff_apps_v1_DeploymentCondition__Output } from './skiff/apps/v1/DeploymentCondition.js';
import type { DeploymentList as _skiff_apps_v1_DeploymentList, DeploymentList__Output as _skiff_apps_v1_DeploymentList__Output } from './skiff/apps/v1/DeploymentList.js';
import type { DeploymentSpec as _skiff_apps_v1_DeploymentSpec, DeploymentSpec__Output as _skiff_apps_v1_DeploymentSpec__Output } from './skiff/apps/v1/DeploymentSpec.js';
import type { DeploymentStatus as _skiff_apps_v1_DeploymentStatus, DeploymentStatus__Output as _skiff_apps_v1_DeploymentStatus__Output } from './skiff/apps/v1/DeploymentStatus.js';
import type { DeploymentStrategy as _skiff_apps_v1_DeploymentStrategy, DeploymentStrategy__Output as _skiff_apps_v1_DeploymentStrategy__Output } from './skiff/apps/v1/DeploymentStrategy.js';
import type { ReplicaSet as _skiff_apps_v1_ReplicaSet, ReplicaSet__Output as _skiff_apps_v1_ReplicaSet__Output } from './skiff/apps/v1/ReplicaSet.js';
import type { ReplicaSetCondition as _skiff_apps_v1_ReplicaSetCondition, ReplicaSetCondition__Output as _skiff_apps_v1_ReplicaSetCondition__Output } from './skiff/apps/v1/ReplicaSetCondition.js';
import type { ReplicaSetList as _skiff_apps_v1_ReplicaSetList, ReplicaSetList__Output as _skiff_apps_v1_ReplicaSetList__Output } from './skiff/apps/v1/ReplicaSetList.js';
import type { ReplicaSetSpec as _skiff_apps_v1_ReplicaSetSpec, ReplicaSetSpec__Output as _skiff_apps_v1_ReplicaSetSpec__Output } from './skiff/apps/v1/ReplicaSetSpec.js';
import type { ReplicaSetStatus as _skiff_apps_v1_ReplicaSetStatus, ReplicaSetStatus__Output as _skiff_apps_v1_ReplicaSetStatus__Output } from './skiff/apps/v1/ReplicaSetStatus.js';
import type { RollingUpdateDaemonSet as _skiff_apps_v1_RollingUpdateDaemonSet, RollingUpdateDaemonSet__Output as _skiff_apps_v1_RollingUpdateDaemonSet__Output } from './skiff/apps/v1/RollingUpdateDaemonSet.js';
import type { RollingUpdateDeployment as _skiff_apps_v1_RollingUpdateDeployment, RollingUpdateDeployment__Output as _skiff_apps_v1_RollingUpdateDeployment__Output } from './skiff/apps/v1/RollingUpdateDeployment.js';
import type { RollingUpdateStatefulSetStrategy as _skiff_apps_v1_RollingUpdateStatefulSetStrategy, RollingUpdateStatefulSetStrategy__Output as _skiff_apps_v1_RollingUpdateStatefulSetStrategy__Output } from './skiff/apps/v1/RollingUpdateStatefulSetStrategy.js';
import type { StatefulSet as _skiff_apps_v1_StatefulSet, StatefulSet__Output as _skiff_apps_v1_StatefulSet__Output } from './skiff/apps/v1/StatefulSet.js';
import type { StatefulSetCondition as _skiff_apps_v1_StatefulSetCondition, StatefulSetCondition__Output as _skiff_apps_v1_StatefulSetCondition__Output } from './skiff/apps/v1/StatefulSetCondition.js';
import type { StatefulSetList as _skiff_apps_v1_StatefulSetList, StatefulSetList__Output as _skiff_apps_v1_StatefulSetList__Output } from './skiff/apps/v1/StatefulSetList.js';
import type { StatefulSetOrdinals as _skiff_apps_v1_StatefulSetOrdinals, StatefulSetOrdinals__Output as _skiff_apps_v1_StatefulSetOrdinals__Output } from './skiff/apps/v1/StatefulSetOrdinals.js';
import type { StatefulSetPersistentVolumeClaimRetentionPolicy as _skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetPersistentVolumeClaimRetentionPolicy__Output as _skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output } from './skiff/apps/v1/StatefulSetPersistentVolumeClaimRetentionPolicy.js';
import type { StatefulSetSpec as _skiff_apps_v1_StatefulSetSpec, StatefulSetSpec__Output as _skiff_apps_v1_StatefulSetSpec__Output } from './skiff/apps/v1/StatefulSetSpec.js';
import type { StatefulSetStatus as _skiff_apps_v1_StatefulSetStatus, StatefulSetStatus__Output as _skiff_apps_v1_StatefulSetStatus__Output } from './skiff/apps/v1/StatefulSetStatus.js';
import type { StatefulSetUpdateStrategy as _skiff_apps_v1_StatefulSetUpdateStrategy, StatefulSetUpdateStrategy__Output as _skiff_apps_v1_StatefulSetUpdateStrategy__Output } from './skiff/apps/v1/StatefulSetUpdateStrategy.js';
import type { Scale as _skiff_autoscaling_v1_Scale, Scale__Output as _skiff_autoscaling_v1_Scale__Output } from './skiff/autoscaling/v1/Scale.js';
import type { ScaleSpec as _skiff_autoscaling_v1_ScaleSpec, ScaleSpec__Output as _skiff_autoscaling_v1_ScaleSpec__Output } from './skiff/autoscaling/v1/ScaleSpec.js';
import type { ScaleStatus as _skiff_autoscaling_v1_ScaleStatus, ScaleStatus__Output as _skiff_autoscaling_v1_ScaleStatus__Output } from './skiff/autoscaling/v1/ScaleStatus.js';
import type { CronJob as _skiff_batch_v1_CronJob, CronJob__Output as _skiff_batch_v1_CronJob__Output } from './skiff/batch/v1/CronJob.js';
import type { CronJobList as _skiff_batch_v1_CronJobList, CronJobList__Output as _skiff_batch_v1_CronJobList__Output } from './skiff/batch/v1/CronJobList.js';
import type { CronJobSpec as _skiff_batch_v1_CronJobSpec, CronJobSpec__Output as _skiff_batch_v1_CronJobSpec__Output } from './skiff/batch/v1/CronJobSpec.js';
import type { CronJobStatus as _skiff_batch_v1_CronJobStatus, CronJobStatus__Output as _skiff_batch_v1_CronJobStatus__Output } from './skiff/batch/v1/CronJobStatus.js';
import type { Job as _skiff_batch_v1_Job, Job__Output as _skiff_batch_v1_Job__Output } from './skiff/batch/v1/Job.js';
import type { JobCondition as _skiff_batch_v1_JobCondition, JobCondition__Output as _skiff_batch_v1_JobCondition__Output } from './skiff/batch/v1/JobCondition.js';
import type { JobList as _skiff_batch_v1_JobList, JobList__Output as _skiff_batch_v1_JobList__Output } from './skiff/batch/v1/JobList.js';
import type { JobSpec as _skiff_batch_v1_JobSpec, JobSpec__Output as _skiff_batch_v1_JobSpec__Output } from './skiff/batch/v1/JobSpec.js';
import type { JobStatus as _skiff_batch_v1_JobStatus, JobStatus__Output as _skiff_batch_v1_JobStatus__Output } from './skiff/batch/v1/JobStatus.js';
import type { JobTemplateSpec as _skiff_batch_v1_JobTemplateSpec, JobTemplateSpec__Output as _skiff_batch_v1_JobTemplateSpec__Output } from './skiff/batch/v1/JobTemplateSpec.js';
import type { PodFailurePolicy as _skiff_batch_v1_PodFailurePolicy, PodFailurePolicy__Output as _skiff_batch_v1_PodFailurePolicy__Output } from './skiff/batch/v1/PodFailurePolicy.js';
import type { PodFailurePolicyOnExitCodesRequirement as _skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement, PodFailurePolicyOnExitCodesRequirement__Output as _skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement__Output } from './skiff/batch/v1/PodFailurePolicyOnExitCodesRequirement.js';
import type { PodFailurePolicyOnPodConditionsPattern as _skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern, PodFailurePolicyOnPodConditionsPattern__Output as _skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern__Output } from './skiff/batch/v1/PodFailurePolicyOnPodConditionsPattern.js';
import type { PodFailurePolicyRule as _skiff_batch_v1_PodFailurePolicyRule, PodFailurePolicyRule__Output as _skiff_batch_v1_PodFailurePolicyRule__Output } from './skiff/batch/v1/PodFailurePolicyRule.js';
import type { SuccessPolicy as _skiff_batch_v1_SuccessPolicy, SuccessPolicy__Output as _skiff_batch_v1_SuccessPolicy__Output } from './skiff/batch/v1/SuccessPolicy.js';
import type { SuccessPolicyRule as _skiff_batch_v1_SuccessPolicyRule, SuccessPolicyRule__Output as _skiff_batch_v1_SuccessPolicyRule__Output } from './skiff/batch/v1/SuccessPolicyRule.js';
import type { UncountedTerminatedPods as _skiff_batch_v1_UncountedTerminatedPods, UncountedTerminatedPods__Output as _skiff_batch_v1_UncountedTerminatedPods__Output } from './skiff/batch/v1/UncountedTerminatedPods.js';
import type { Lease as _skiff_coordination_v1_Lease, Lease__Output as _skiff_coordination_v1_Lease__Output } from './skiff/coordination/v1/Lease.js';
import type { LeaseList as _skiff_coordination_v1_LeaseList, LeaseList__Output as _skiff_coordination_v1_LeaseList__Output } from './skiff/coordination/v1/LeaseList.js';
import type { LeaseSpec as _skiff_coordination_v1_LeaseSpec, LeaseSpec__Output as _skiff_coordination_v1_LeaseSpec__Output } from './skiff/coordination/v1/LeaseSpec.js';
import type { Affinity as _skiff_core_v1_Affinity, Affinity__Output as _skiff_core_v1_Affinity__Output } from './skiff/core/v1/Affinity.js';
import type { AttachedVolume as _skiff_core_v1_AttachedVolume, AttachedVolume__Output as _skiff_core_v1_AttachedVolume__Output } from './skiff/core/v1/AttachedVolume.js';
import type { Binding as _skiff_core_v1_Binding, Binding__Output as _skiff_core_v1_Binding__Output } from './skiff/core/v1/Binding.js';
import type { Capabilities as _skiff_core_v1_Capabilities, Capabilities__Output as _skiff_core_v1_Capabilities__Output } from './skiff/core/v1/Capabilities.js';
import type { ClientIPConfig as _skiff_core_v1_ClientIPConfig, ClientIPConfig__Output as _skiff_core_v1_ClientIPConfig__Output } from './skiff/core/v1/ClientIPConfig.js';
import type { ConfigMap as _skiff_core_v1_ConfigMap, ConfigMap__Output as _skiff_core_v1_ConfigMap__Output } from './skiff/core/v1/ConfigMap.js';
import type { ConfigMapEnvSource as _skiff_core_v1_ConfigMapEnvSource, ConfigMapEnvSource__Output as _skiff_core_v1_ConfigMapEnvSource__Output } from './skiff/core/v1/ConfigMapEnvSource.js';
import type { ConfigMapKeySelector as _skiff_core_v1_ConfigMapKeySelector, ConfigMapKeySelector__Output as _skiff_core_v1_ConfigMapKeySelector__Output } from './skiff/core/v1/ConfigMapKeySelector.js';
import type { ConfigMapList as _skiff_core_v1_ConfigMapList, ConfigMapList__Output as _skiff_core_v1_ConfigMapList__Output } from './skiff/core/v1/ConfigMapList.js';
import type { ConfigMapProjection as _skiff_core_v1_ConfigMapProjection, ConfigMapProjection__Output as _skiff_core_v1_ConfigMapProjection__Output } from './skiff/core/v1/ConfigMapProjection.js';
import type { ConfigMapVolumeSource as _skiff_core_v1_ConfigMapVolumeSource, ConfigMapVolumeSource__Output as _skiff_core_v1_ConfigMapVolumeSource__Output } from './skiff/core/v1/ConfigMapVolumeSource.js';
import type { Container as _skiff_core_v1_Container, Container__Output as _skiff_core_v1_Container__Output } from './skiff/core/v1/Container.js';
import type { ContainerImage as _skiff_core_v1_ContainerImage, ContainerImage__Output as _skiff_core_v1_ContainerImage__Output } from './skiff/core/v1/ContainerImage.js';
import type { ContainerPort as _skiff_core_v1_ContainerPort, ContainerPort__Output as _skiff_core_v1_ContainerPort__Output } from './skiff/core/v1/ContainerPort.js';
import type { ContainerResizePolicy as _skiff_core_v1_ContainerResizePolicy, ContainerResizePolicy__Output as _skiff_core_v1_ContainerResizePolicy__Output } from './skiff/core/v1/ContainerResizePolicy.js';
import type { ContainerState as _skiff_core_v1_ContainerState, ContainerState__Output as _skiff_core_v1_ContainerState__Output } from './skiff/core/v1/ContainerState.js';
import type { ContainerStateRunning as _skiff_core_v1_ContainerStateRunning, ContainerStateRunning__Output as _skiff_core_v1_ContainerStateRunning__Output } from './skiff/core/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _skiff_core_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _skiff_core_v1_ContainerStateTerminated__Output } from './skiff/core/v1/ContainerStateTerminated.js';
import type { ContainerStateWaiting as _skiff_core_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _skiff_core_v1_ContainerStateWaiting__Output } from './skiff/core/v1/ContainerStateWaiting.js';
import type { ContainerStatus as _skiff_core_v1_ContainerStatus, ContainerStatus__Output as _skiff_core_v1_ContainerStatus__Output } from './skiff/core/v1/ContainerStatus.js';
import type { DaemonEndpoint as _skiff_core_v1_DaemonEndpoint, DaemonEndpoint__Output as _skiff_core_v1_DaemonEndpoint__Output } from './skiff/core/v1/DaemonEndpoint.js';
import type { DownwardAPIProjection as _skiff_core_v1_DownwardAPIProjection, DownwardAPIProjection__Output as _skiff_core_v1_DownwardAPIProjection__Output } from './skiff/core/v1/DownwardAPIProjection.js';
import type { DownwardAPIVolumeFile as _skiff_core_v1_DownwardAPIVolumeFile, DownwardAPIVolumeFile__Output as _skiff_core_v1_DownwardAPIVolumeFile__Output } from './skiff/core/v1/DownwardAPIVolumeFile.js';
import type { DownwardAPIVolumeSource as _skiff_core_v1_DownwardAPIVolumeSource, DownwardAPIVolumeSource__Output as _skiff_core_v1_DownwardAPIVolumeSource__Output } from './skiff/core/v1/DownwardAPIVolumeSource.js';
import type { EmptyDirVolumeSource as _skiff_core_v1_EmptyDirVolumeSource, EmptyDirVolumeSource__Output as _skiff_core_v1_EmptyDirVolumeSource__Output } from './skiff/core/v1/EmptyDirVolumeSource.js';
import type { EndpointAddress as _skiff_core_v1_EndpointAddress, EndpointAddress__Output as _skiff_core_v1_EndpointAddress__Output } from './skiff/core/v1/EndpointAddress.js';
import type { EndpointPort as _skiff_core_v1_EndpointPort, EndpointPort__Output as _skiff_core_v1_EndpointPort__Output } from './skiff/core/v1/EndpointPort.js';
import type { EndpointSubset as _skiff_core_v1_EndpointSubset, EndpointSubset__Output as _skiff_core_v1_EndpointSubset__Output } from './skiff/core/v1/EndpointSubset.js';
import type { Endpoints as _skiff_core_v1_Endpoints, Endpoints__Output as _skiff_core_v1_Endpoints__Output } from './skiff/core/v1/Endpoints.js';
import type { EndpointsList as _skiff_core_v1_EndpointsList, EndpointsList__Output as _skiff_core_v1_EndpointsList__Output } from './skiff/core/v1/EndpointsList.js';
import type { EnvFromSource as _skiff_core_v1_EnvFromSource, EnvFromSource__Output as _skiff_core_v1_EnvFromSource__Output } from './skiff/core/v1/EnvFromSource.js';
import type { EnvVar as _skiff_core_v1_EnvVar, EnvVar__Output as _skiff_core_v1_EnvVar__Output } from './skiff/core/v1/EnvVar.js';
import type { EnvVarSource as _skiff_core_v1_EnvVarSource, EnvVarSource__Output as _skiff_core_v1_EnvVarSource__Output } from './skiff/core/v1/EnvVarSource.js';
import type { Event as _skiff_core_v1_Event, Event__Output as _skiff_core_v1_Event__Output } from './skiff/core/v1/Event.js';
import type { EventList as _skiff_core_v1_EventList, EventList__Output as _skiff_core_v1_EventList__Output } from './skiff/core/v1/EventList.js';
import type { EventSeries as _skiff_core_v1_EventSeries, EventSeries__Output as _skiff_core_v1_EventSeries__Output } from './skiff/core/v1/EventSeries.js';
import type { EventSource as _skiff_core_v1_EventSource, EventSource__Output as _skiff_core_v1_EventSource__Output } from './skiff/core/v1/EventSource.js';
import type { ExecAction as _skiff_core_v1_ExecAction, ExecAction__Output as _skiff_core_v1_ExecAction__Output } from './skiff/core/v1/ExecAction.js';
import type { GRPCAction as _skiff_core_v1_GRPCAction, GRPCAction__Output as _skiff_core_v1_GRPCAction__Output } from './skiff/core/v1/GRPCAction.js';
import type { HTTPGetAction as _skiff_core_v1_HTTPGetAction, HTTPGetAction__Output as _skiff_core_v1_HTTPGetAction__Output } from './skiff/core/v1/HTTPGetAction.js';
import type { HTTPHeader as _skiff_core_v1_HTTPHeader, HTTPHeader__Output as _skiff_core_v1_HTTPHeader__Output } from './skiff/core/v1/HTTPHeader.js';
import type { HostAlias as _skiff_core_v1_HostAlias, HostAlias__Output as _skiff_core_v1_HostAlias__Output } from './skiff/core/v1/HostAlias.js';
import type { HostIP as _skiff_core_v1_HostIP, HostIP__Output as _skiff_core_v1_HostIP__Output } from './skiff/core/v1/HostIP.js';
import type { HostPathVolumeSource as _skiff_core_v1_HostPathVolumeSource, HostPathVolumeSource__Output as _skiff_core_v1_HostPathVolumeSource__Output } from './skiff/core/v1/HostPathVolumeSource.js';
import type { KeyToPath as _skiff_core_v1_KeyToPath, KeyToPath__Output as _skiff_core_v1_KeyToPath__Output } from './skiff/core/v1/KeyToPath.js';
import type { Lifecycle as _skiff_core_v1_Lifecycle, Lifecycle__Output as _skiff_core_v1_Lifecycle__Output } from './skiff/core/v1/Lifecycle.js';
import type { LifecycleHandler as _skiff_core_v1_LifecycleHandler, LifecycleHandler__Output as _skiff_core_v1_LifecycleHandler__Output } from './skiff/core/v1/LifecycleHandler.js';
import type { LoadBalancerIngress as _skiff_core_v1_LoadBalancerIngress, LoadBalancerIngress__Output as _skiff_core_v1_LoadBalancerIngress__Output } from './skiff/core/v1/LoadBalancerIngress.js';
import type { LoadBalancerStatus as _skiff_core_v1_LoadBalancerStatus, LoadBalancerStatus__Output as _skiff_core_v1_LoadBalancerStatus__Output } from './skiff/core/v1/LoadBalancerStatus.js';
import type { LocalObjectReference as _skiff_core_v1_LocalObjectReference, LocalObjectReference__Output as _skiff_core_v1_LocalObjectReference__Output } from './skiff/core/v1/LocalObjectReference.js';
import type { LocalVolumeSource as _skiff_core_v1_LocalVolumeSource, LocalVolumeSource__Output as _skiff_core_v1_LocalVolumeSource__Output } from './skiff/core/v1/LocalVolumeSource.js';
import type { Namespace as _skiff_core_v1_Namespace, Namespace__Output as _skiff_core_v1_Namespace__Output } from './skiff/core/v1/Namespace.js';
import type { NamespaceCondition as _skiff_core_v1_NamespaceCondition, NamespaceCondition__Output as _skiff_core_v1_NamespaceCondition__Output } from './skiff/core/v1/NamespaceCondition.js';
import type { NamespaceList as _skiff_core_v1_NamespaceList, NamespaceList__Output as _skiff_core_v1_NamespaceList__Output } from './skiff/core/v1/NamespaceList.js';
import type { NamespaceSpec as _skiff_core_v1_NamespaceSpec, NamespaceSpec__Output as _skiff_core_v1_NamespaceSpec__Output } from './skiff/core/v1/NamespaceSpec.js';
import type { NamespaceStatus as _skiff_core_v1_NamespaceStatus, NamespaceStatus__Output as _skiff_core_v1_NamespaceStatus__Output } from './skiff/core/v1/NamespaceStatus.js';
import type { Node as _skiff_core_v1_Node, Node__Output as _skiff_core_v1_Node__Output } from './skiff/core/v1/Node.js';
import type { NodeAddress as _skiff_core_v1_NodeAddress, NodeAddress__Output as _skiff_core_v1_NodeAddress__Output } from './skiff/core/v1/NodeAddress.js';
import type { NodeAffinity as _skiff_core_v1_NodeAffinity, NodeAffinity__Output as _skiff_core_v1_NodeAffinity__Output } from './skiff/core/v1/NodeAffinity.js';
import type { NodeCondition as _skiff_core_v1_NodeCondition, NodeCondition__Output as _skiff_core_v1_NodeCondition__Output } from './skiff/core/v1/NodeCondition.js';
import type { NodeDaemonEndpoints as _skiff_core_v1_NodeDaemonEndpoints, NodeDaemonEndpoints__Output as _skiff_core_v1_NodeDaemonEndpoints__Output } from './skiff/core/v1/NodeDaemonEndpoints.js';
import type { NodeList as _skiff_core_v1_NodeList, NodeList__Output as _skiff_core_v1_NodeList__Output } from './skiff/core/v1/NodeList.js';
import type { NodeSelector as _skiff_core_v1_NodeSelector, NodeSelector__Output as _skiff_core_v1_NodeSelector__Output } from './skiff/core/v1/NodeSelector.js';
import type { NodeSelectorRequirement as _skiff_core_v1_NodeSelectorRequirement, NodeSelectorRequirement__Output as _skiff_core_v1_NodeSelectorRequirement__Output } from './skiff/core/v1/NodeSelectorRequirement.js';
import type { NodeSelectorTerm as _skiff_core_v1_NodeSelectorTerm, NodeSelectorTerm__Output as _skiff_core_v1_NodeSelectorTerm__Output } from './skiff/core/v1/NodeSelectorTerm.js';
import type { NodeSpec as _skiff_core_v1_NodeSpec, NodeSpec__Output as _skiff_core_v1_NodeSpec__Output } from './skiff/core/v1/NodeSpec.js';
import type { NodeStatus as _skiff_core_v1_NodeStatus, NodeStatus__Output as _skiff_core_v1_NodeStatus__Output } from './skiff/core/v1/NodeStatus.js';
import type { NodeSystemInfo as _skiff_core_v1_NodeSystemInfo, NodeSystemInfo__Output as _skiff_core_v1_NodeSystemInfo__Output } from './skiff/core/v1/NodeSystemInfo.js';
import type { ObjectFieldSelector as _skiff_core_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _skiff_core_v1_ObjectFieldSelector__Output } from './skiff/core/v1/ObjectFieldSelector.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from './skiff/core/v1/ObjectReference.js';
import type { PersistentVolume as _skiff_core_v1_PersistentVolume, PersistentVolume__Output as _skiff_core_v1_PersistentVolume__Output } from './skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim as _skiff_core_v1_PersistentVolumeClaim, PersistentVolumeClaim__Output as _skiff_core_v1_PersistentVolumeClaim__Output } from './skiff/core/v1/PersistentVolumeClaim.js';
import type { PersistentVolumeClaimCondition as _skiff_core_v1_PersistentVolumeClaimCondition, PersistentVolumeClaimCondition__Output as _skiff_core_v1_PersistentVolumeClaimCondition__Output } from './skiff/core/v1/PersistentVolumeClaimCondition.js';
import type { PersistentVolumeClaimList as _skiff_core_v1_PersistentVolumeClaimList, PersistentVolumeClaimList__Output as _skiff_core_v1_PersistentVolumeClaimList__Output } from './skiff/core/v1/PersistentVolumeClaimList.js';
import type { PersistentVolumeClaimSpec as _skiff_core_v1_PersistentVolumeClaimSpec, PersistentVolumeClaimSpec__Output as _skiff_core_v1_PersistentVolumeClaimSpec__Output } from './skiff/core/v1/PersistentVolumeClaimSpec.js';
import type { PersistentVolumeClaimStatus as _skiff_core_v1_PersistentVolumeClaimStatus, PersistentVolumeClaimStatus__Output as _skiff_core_v1_PersistentVolumeClaimStatus__Output } from './skiff/core/v1/PersistentVolumeClaimStatus.js';
import type { PersistentVolumeClaimVolumeSource as _skiff_core_v1_PersistentVolumeClaimVolumeSource, PersistentVolumeClaimVolumeSource__Output as _skiff_core_v1_PersistentVolumeClaimVolumeSource__Output } from './skiff/core/v1/PersistentVolumeClaimVolumeSource.js';
import type { PersistentVolumeList as _skiff_core_v1_PersistentVolumeList, PersistentVolumeList__Output as _skiff_core_v1_PersistentVolumeList__Output } from './skiff/core/v1/PersistentVolumeList.js';
import type { PersistentVolumeSpec as _skiff_core_v1_PersistentVolumeSpec, PersistentVolumeSpec__Output as _skiff_core_v1_PersistentVolumeSpec__Output } from './skiff/core/v1/PersistentVolumeSpec.js';
import type { PersistentVolumeStatus as _skiff_core_v1_PersistentVolumeStatus, PersistentVolumeStatus__Output as _skiff_core_v1_PersistentVolumeStatus__Output } from './skiff/core/v1/PersistentVolumeStatus.js';
import type { Pod as _skiff_core_v1_Pod, Pod__Output as _skiff_core_v1_Pod__Output } from './skiff/core/v1/Pod.js';
import type { PodAffinity as _skiff_core_v1_PodAffinity, PodAffinity__Output as _skiff_core_v1_PodAffinity__Output } from './skiff/core/v1/PodAffinity.js';
import type { PodAffinityTerm as _skiff_core_v1_PodAffinityTerm, PodAffinityTerm__Output as _skiff_core_v1_PodAffinityTerm__Output } from './skiff/core/v1/PodAffinityTerm.js';
import type { PodAntiAffinity as _skiff_core_v1_PodAntiAffinity, PodAntiAffinity__Output as _skiff_core_v1_PodAntiAffinity__Output } from './skiff/core/v1/PodAntiAffinity.js';
import type { PodCondition as _skiff_core_v1_PodCondition, PodCondition__Output as _skiff_core_v1_PodCondition__Output } from './skiff/core/v1/PodCondition.js';
import type { PodDNSConfig as _skiff_core_v1_PodDNSConfig, PodDNSConfig__Output as _skiff_core_v1_PodDNSConfig__Output } from './skiff/core/v1/PodDNSConfig.js';
import type { PodDNSConfigOption as _skiff_core_v1_PodDNSConfigOption, PodDNSConfigOption__Output as _skiff_core_v1_PodDNSConfigOption__Output } from './skiff/core/v1/PodDNSConfigOption.js';
import type { PodIP as _skiff_core_v1_PodIP, PodIP__Output as _skiff_core_v1_PodIP__Output } from './skiff/core/v1/PodIP.js';
import type { PodList as _skiff_core_v1_PodList, PodList__Output as _skiff_core_v1_PodList__Output } from './skiff/core/v1/PodList.js';
import type { PodOS as _skiff_core_v1_PodOS, PodOS__Output as _skiff_core_v1_PodOS__Output } from './skiff/core/v1/PodOS.js';
import type { PodReadinessGate as _skiff_core_v1_PodReadinessGate, PodReadinessGate__Output as _skiff_core_v1_PodReadinessGate__Output } from './skiff/core/v1/PodReadinessGate.js';
import type { PodSchedulingGate as _skiff_core_v1_PodSchedulingGate, PodSchedulingGate__Output as _skiff_core_v1_PodSchedulingGate__Output } from './skiff/core/v1/PodSchedulingGate.js';
import type { PodSecurityContext as _skiff_core_v1_PodSecurityContext, PodSecurityContext__Output as _skiff_core_v1_PodSecurityContext__Output } from './skiff/core/v1/PodSecurityContext.js';
import type { PodSpec as _skiff_core_v1_PodSpec, PodSpec__Output as _skiff_core_v1_PodSpec__Output } from './skiff/core/v1/PodSpec.js';
import type { PodStatus as _skiff_core_v1_PodStatus, PodStatus__Output as _skiff_core_v1_PodStatus__Output } from './skiff/core/v1/PodStatus.js';
import type { PodTemplate as _skiff_core_v1_PodTemplate, PodTemplate__Output as _skiff_core_v1_PodTemplate__Output } from './skiff/core/v1/PodTemplate.js';
import type { PodTemplateList as _skiff_core_v1_PodTemplateList, PodTemplateList__Output as _skiff_core_v1_PodTemplateList__Output } from './skiff/core/v1/PodTemplateList.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from './skiff/core/v1/PodTemplateSpec.js';
import type { PortStatus as _skiff_core_v1_PortStatus, PortStatus__Output as _skiff_core_v1_PortStatus__Output } from './skiff/core/v1/PortStatus.js';
import type { PreferredSchedulingTerm as _skiff_core_v1_PreferredSchedulingTerm, PreferredSchedulingTerm__Output as _skiff_core_v1_PreferredSchedulingTerm__Output } from './skiff/core/v1/PreferredSchedulingTerm.js';
import type { Probe as _skiff_core_v1_Probe, Probe__Output as _skiff_core_v1_Probe__Output } from './skiff/core/v1/Probe.js';
import type { ProjectedVolumeSource as _skiff_core_v1_ProjectedVolumeSource, ProjectedVolumeSource__Output as _skiff_core_v1_ProjectedVolumeSource__Output } from './skiff/core/v1/ProjectedVolumeSource.js';
import type { ReplicationController as _skiff_core_v1_ReplicationController, ReplicationController__Output as _skiff_core_v1_ReplicationController__Output } from './skiff/core/v1/ReplicationController.js';
import type { ReplicationControllerCondition as _skiff_core_v1_ReplicationControllerCondition, ReplicationControllerCondition__Output as _skiff_core_v1_ReplicationControllerCondition__Output } from './skiff/core/v1/ReplicationControllerCondition.js';
import type { ReplicationControllerList as _skiff_core_v1_ReplicationControllerList, ReplicationControllerList__Output as _skiff_core_v1_ReplicationControllerList__Output } from './skiff/core/v1/ReplicationControllerList.js';
import type { ReplicationControllerSpec as _skiff_core_v1_ReplicationControllerSpec, ReplicationControllerSpec__Output as _skiff_core_v1_ReplicationControllerSpec__Output } from './skiff/core/v1/ReplicationControllerSpec.js';
import type { ReplicationControllerStatus as _skiff_core_v1_ReplicationControllerStatus, ReplicationControllerStatus__Output as _skiff_core_v1_ReplicationControllerStatus__Output } from './skiff/core/v1/ReplicationControllerStatus.js';
import type { ResourceClaim as _skiff_core_v1_ResourceClaim, ResourceClaim__Output as _skiff_core_v1_ResourceClaim__Output } from './skiff/core/v1/ResourceClaim.js';
import type { ResourceFieldSelector as _skiff_core_v1_ResourceFieldSelector, ResourceFieldSelector__Output as _skiff_core_v1_ResourceFieldSelector__Output } from './skiff/core/v1/ResourceFieldSelector.js';
import type { ResourceRequirements as _skiff_core_v1_ResourceRequirements, ResourceRequirements__Output as _skiff_core_v1_ResourceRequirements__Output } from './skiff/core/v1/ResourceRequirements.js';
import type { SeccompProfile as _skiff_core_v1_SeccompProfile, SeccompProfile__Output as _skiff_core_v1_SeccompProfile__Output } from './skiff/core/v1/SeccompProfile.js';
import type { Secret as _skiff_core_v1_Secret, Secret__Output as _skiff_core_v1_Secret__Output } from './skiff/core/v1/Secret.js';
import type { SecretEnvSource as _skiff_core_v1_SecretEnvSource, SecretEnvSource__Output as _skiff_core_v1_SecretEnvSource__Output } from './skiff/core/v1/SecretEnvSource.js';
import type { SecretKeySelector as _skiff_core_v1_SecretKeySelector, SecretKeySelector__Output as _skiff_core_v1_SecretKeySelector__Output } from './skiff/core/v1/SecretKeySelector.js';
import type { SecretList as _skiff_core_v1_SecretList, SecretList__Output as _skiff_core_v1_SecretList__Output } from './skiff/core/v1/SecretList.js';
import type { SecretProjection as _skiff_core_v1_SecretProjection, SecretProjection__Output as _skiff_core_v1_SecretProjection__Output } from './skiff/core/v1/SecretProjection.js';
import type { SecretVolumeSource as _skiff_core_v1_SecretVolumeSource, SecretVolumeSource__Output as _skiff_core_v1_SecretVolumeSource__Output } from './skiff/core/v1/SecretVolumeSource.js';
import type { SecurityContext as _skiff_core_v1_SecurityContext, SecurityContext__Output as _skiff_core_v1_SecurityContext__Output } from './skiff/core/v1/SecurityContext.js';
import type { Service as _skiff_core_v1_Service, Service__Output as _skiff_core_v1_Service__Output } from './skiff/core/v1/Service.js';
import type { ServiceAccount as _skiff_core_v1_ServiceAccount, ServiceAccount__Output as _skiff_core_v1_ServiceAccount__Output } from './skiff/core/v1/ServiceAccount.js';
import type { ServiceAccountList as _skiff_core_v1_ServiceAccountList, ServiceAccountList__Output as _skiff_core_v1_ServiceAccountList__Output } from './skiff/core/v1/ServiceAccountList.js';
import type { ServiceAccountTokenProjection as _skiff_core_v1_ServiceAccountTokenProjection, ServiceAccountTokenProjection__Output as _skiff_core_v1_ServiceAccountTokenProjection__Output } from './skiff/core/v1/ServiceAccountTokenProjection.js';
import type { ServiceList as _skiff_core_v1_ServiceList, ServiceList__Output as _skiff_core_v1_ServiceList__Output } from './skiff/core/v1/ServiceList.js';
import type { ServicePort as _skiff_core_v1_ServicePort, ServicePort__Output as _skiff_core_v1_ServicePort__Output } from './skiff/core/v1/ServicePort.js';
import type { ServiceSpec as _skiff_core_v1_ServiceSpec, ServiceSpec__Output as _skiff_core_v1_ServiceSpec__Output } from './skiff/core/v1/ServiceSpec.js';
import type { ServiceStatus as _skiff_core_v1_ServiceStatus, ServiceStatus__Output as _skiff_core_v1_ServiceStatus__Output } from './skiff/core/v1/ServiceStatus.js';
import type { SessionAffinityConfig as _skiff_core_v1_SessionAffinityConfig, SessionAffinityConfig__Output as _skiff_core_v1_SessionAffinityConfig__Output } from './skiff/core/v1/SessionAffinityConfig.js';
import type { SleepAction as _skiff_core_v1_SleepAction, SleepAction__Output as _skiff_core_v1_SleepAction__Output } from './skiff/core/v1/SleepAction.js';
import type { Sysctl as _skiff_core_v1_Sysctl, Sysctl__Output as _skiff_core_v1_Sysctl__Output } from './skiff/core/v1/Sysctl.js';
import type { TCPSocketAction as _skiff_core_v1_TCPSocketAction, TCPSocketAction__Output as _skiff_core_v1_TCPSocketAction__Output } from './skiff/core/v1/TCPSocketAction.js';
import type { Taint as _skiff_core_v1_Taint, Taint__Output as _skiff_core_v1_Taint__Output } from './skiff/core/v1/Taint.js';
import type { Toleration as _skiff_core_v1_Toleration, Toleration__Output as _skiff_core_v1_Toleration__Output } from './skiff/core/v1/Toleration.js';
import type { TopologySpreadConstraint as _skiff_core_v1_TopologySpreadConstraint, TopologySpreadConstraint__Output as _skiff_core_v1_TopologySpreadConstraint__Output } from './skiff/core/v1/TopologySpreadConstraint.js';
import type { TypedLocalObjectReference as _skiff_core_v1_TypedLocalObjectReference, TypedLocalObjectReference__Output as _skiff_core_v1_TypedLocalObjectReference__Output } from './skiff/core/v1/TypedLocalObjectReference.js';
import type { TypedObjectReference as _skiff_core_v1_TypedObjectReference, TypedObjectReference__Output as _skiff_core_v1_TypedObjectReference__Output } from './skiff/core/v1/TypedObjectReference.js';
import type { Volume as _skiff_core_v1_Volume, Volume__Output as _skiff_core_v1_Volume__Output } from './skiff/core/v1/Volume.js';
import type { VolumeDevice as _skiff_core_v1_VolumeDevice, VolumeDevice__Output as _skiff_core_v1_VolumeDevice__Output } from './skiff/core/v1/VolumeDevice.js';
import type { VolumeMount as _skiff_core_v1_VolumeMount, VolumeMount__Output as _skiff_core_v1_VolumeMount__Output } from './skiff/core/v1/VolumeMount.js';
import type { VolumeNodeAffinity as _skiff_core_v1_VolumeNodeAffinity, VolumeNodeAffinity__Output as _skiff_core_v1_VolumeNodeAffinity__Output } from './skiff/core/v1/VolumeNodeAffinity.js';
import type { VolumeProjection as _skiff_core_v1_VolumeProjection, VolumeProjection__Output as _skiff_core_v1_VolumeProjection__Output } from './skiff/core/v1/VolumeProjection.js';
import type { VolumeResourceRequirements as _skiff_core_v1_VolumeResourceRequirements, VolumeResourceRequirements__Output as _skiff_core_v1_VolumeResourceRequirements__Output } from './skiff/core/v1/VolumeResourceRequirements.js';
import type { WeightedPodAffinityTerm as _skiff_core_v1_WeightedPodAffinityTerm, WeightedPodAffinityTerm__Output as _skiff_core_v1_WeightedPodAffinityTerm__Output } from './skiff/core/v1/WeightedPodAffinityTerm.js';
import type { Condition as _skiff_meta_v1_Condition, Condition__Output as _skiff_meta_v1_Condition__Output } from './skiff/meta/v1/Condition.js';
import type { DeleteOptions as _skiff_meta_v1_DeleteOptions, DeleteOptions__Output as _skiff_meta_v1_DeleteOptions__Output } from './skiff/meta/v1/DeleteOptions.js';
import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from './skiff/meta/v1/IntOrString.js';
import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from './skiff/meta/v1/LabelSelector.js';
import type { LabelSelectorRequirement as _skiff_meta_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _skiff_meta_v1_LabelSelectorRequirement__Output } from './skiff/meta/v1/LabelSelectorRequirement.js';
import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from './skiff/meta/v1/ListMeta.js';
import type { ManagedFieldsEntry as _skiff_meta_v1_ManagedFieldsEntry, ManagedFieldsEntry__Output as _skiff_meta_v1_ManagedFieldsEntry__Output } from './skiff/meta/v1/ManagedFieldsEntry.js';
import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from './skiff/meta/v1/ObjectMeta.js';
import type { OwnerReference as _skiff_meta_v1_OwnerReference, OwnerReference__Output as _skiff_meta_v1_OwnerReference__Output } from './skiff/meta/v1/OwnerReference.js';
import type { PartialObjectMetadata as _skiff_meta_v1_PartialObjectMetadata, PartialObjectMetadata__Output as _skiff_meta_v1_PartialObjectMetadata__Output } from './skiff/meta/v1/PartialObjectMetadata.js';
import type { PartialObjectMetadataList as _skiff_meta_v1_PartialObjectMetadataList, PartialObjectMetadataList__Output as _skiff_meta_v1_PartialObjectMetadataList__Output } from './skiff/meta/v1/PartialObjectMetadataList.js';
import type { Preconditions as _skiff_meta_v1_Preconditions, Preconditions__Output as _skiff_meta_v1_Preconditions__Output } from './skiff/meta/v1/Preconditions.js';
import type { Status as _skiff_meta_v1_Status, Status__Output as _skiff_meta_v1_Status__Output } from './skiff/meta/v1/Status.js';
import type { StatusCause as _skiff_meta_v1_StatusCause, StatusCause__Output as _skiff_meta_v1_StatusCause__Output } from './skiff/meta/v1/StatusCause.js';
import type { StatusDetails as _skiff_meta_v1_StatusDetails, StatusDetails__Output as _skiff_meta_v1_StatusDetails__Output } from './skiff/meta/v1/StatusDetails.js';
import type { Table as _skiff_meta_v1_Table, Table__Output as _skiff_meta_v1_Table__Output } from './skiff/meta/v1/Table.js';
import type { TableCell as _skiff_meta_v1_TableCell, TableCell__Output as _skiff_meta_v1_TableCell__Output } from './skiff/meta/v1/TableCell.js';
import type { TableColumnDefinition as _skiff_meta_v1_TableColumnDefinition, TableColumnDefinition__Output as _skiff_meta_v1_TableColumnDefinition__Output } from './skiff/meta/v1/TableColumnDefinition.js';
import type { TableRow as _skiff_meta_v1_TableRow, TableRow__Output as _skiff_meta_v1_TableRow__Output } from './skiff/meta/v1/TableRow.js';
import type { TableRowCondition as _skiff_meta_v1_TableRowCondition, TableRowCondition__Output as _skiff_meta_v1_TableRowCondition__Output } from './skiff/meta/v1/TableRowCondition.js';
import type { Eviction as _skiff_policy_v1_Eviction, Eviction__Output as _skiff_policy_v1_Eviction__Output } from './skiff/policy/v1/Eviction.js';
import type { PodDisruptionBudget as _skiff_policy_v1_PodDisruptionBudget, PodDisruptionBudget__Output as _skiff_policy_v1_PodDisruptionBudget__Output } from './skiff/policy/v1/PodDisruptionBudget.js';
import type { PodDisruptionBudgetList as _skiff_policy_v1_PodDisruptionBudgetList, PodDisruptionBudgetList__Output as _skiff_policy_v1_PodDisruptionBudgetList__Output } from './skiff/policy/v1/PodDisruptionBudgetList.js';
import type { PodDisruptionBudgetSpec as _skiff_policy_v1_PodDisruptionBudgetSpec, PodDisruptionBudgetSpec__Output as _skiff_policy_v1_PodDisruptionBudgetSpec__Output } from './skiff/policy/v1/PodDisruptionBudgetSpec.js';
import type { PodDisruptionBudgetStatus as _skiff_policy_v1_PodDisruptionBudgetStatus, PodDisruptionBudgetStatus__Output as _skiff_policy_v1_PodDisruptionBudgetStatus__Output } from './skiff/policy/v1/PodDisruptionBudgetStatus.js';
import type { PriorityClass as _skiff_scheduling_v1_PriorityClass, PriorityClass__Output as _skiff_scheduling_v1_PriorityClass__Output } from './skiff/scheduling/v1/PriorityClass.js';
import type { PriorityClassList as _skiff_scheduling_v1_PriorityClassList, PriorityClassList__Output as _skiff_scheduling_v1_PriorityClassList__Output } from './skiff/scheduling/v1/PriorityClassList.js';
import type { StorageClass as _skiff_storage_v1_StorageClass, StorageClass__Output as _skiff_storage_v1_StorageClass__Output } from './skiff/storage/v1/StorageClass.js';
import type { StorageClassList as _skiff_storage_v1_StorageClassList, StorageClassList__Output as _skiff_storage_v1_StorageClassList__Output } from './skiff/storage/v1/StorageClassList.js';
import type { TopologySelectorLabelRequirement as _skiff_storage_v1_TopologySelectorLabelRequirement, TopologySelectorLabelRequirement__Output as _skiff_storage_v1_TopologySelectorLabelRequirement__Output } from './skiff/storage/v1/TopologySelectorLabelRequirement.js';
import type { TopologySelectorTerm as _skiff_storage_v1_TopologySelectorTerm, TopologySelectorTerm__Output as _skiff_storage_v1_TopologySelectorTerm__Output } from './skiff/storage/v1/TopologySelectorTerm.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  skiff: {
    api: {
      v1: {
        APIResource: MessageTypeDefinition<_skiff_api_v1_APIResource, _skiff_api_v1_APIResource__Output>
        /**
         * Api is the API server: CRUD and watch of every kind, and its subresources.
         */
        Api: SubtypeConstructor<typeof grpc.Client, _skiff_api_v1_ApiClient> & { service: _skiff_api_v1_ApiDefinition }
        BindRequest: MessageTypeDefinition<_skiff_api_v1_BindRequest, _skiff_api_v1_BindRequest__Output>
        CreateRequest: MessageTypeDefinition<_skiff_api_v1_CreateRequest, _skiff_api_v1_CreateRequest__Output>
        DeleteCollectionRequest: MessageTypeDefinition<_skiff_api_v1_DeleteCollectionRequest, _skiff_api_v1_DeleteCollectionRequest__Output>
        DeleteRequest: MessageTypeDefinition<_skiff_api_v1_DeleteRequest, _skiff_api_v1_DeleteRequest__Output>
        DeleteResponse: MessageTypeDefinition<_skiff_api_v1_DeleteResponse, _skiff_api_v1_DeleteResponse__Output>
        DiscoveryRequest: MessageTypeDefinition<_skiff_api_v1_DiscoveryRequest, _skiff_api_v1_DiscoveryRequest__Output>
        DiscoveryResponse: MessageTypeDefinition<_skiff_api_v1_DiscoveryResponse, _skiff_api_v1_DiscoveryResponse__Output>
        EvictRequest: MessageTypeDefinition<_skiff_api_v1_EvictRequest, _skiff_api_v1_EvictRequest__Output>
        GetRequest: MessageTypeDefinition<_skiff_api_v1_GetRequest, _skiff_api_v1_GetRequest__Output>
        GetScaleRequest: MessageTypeDefinition<_skiff_api_v1_GetScaleRequest, _skiff_api_v1_GetScaleRequest__Output>
        ListRequest: MessageTypeDefinition<_skiff_api_v1_ListRequest, _skiff_api_v1_ListRequest__Output>
        ListResponse: MessageTypeDefinition<_skiff_api_v1_ListResponse, _skiff_api_v1_ListResponse__Output>
        Object: MessageTypeDefinition<_skiff_api_v1_Object, _skiff_api_v1_Object__Output>
        PatchRequest: MessageTypeDefinition<_skiff_api_v1_PatchRequest, _skiff_api_v1_PatchRequest__Output>
        ResourceRef: MessageTypeDefinition<_skiff_api_v1_ResourceRef, _skiff_api_v1_ResourceRef__Output>
        UpdateRequest: MessageTypeDefinition<_skiff_api_v1_UpdateRequest, _skiff_api_v1_UpdateRequest__Output>
        UpdateResponse: MessageTypeDefinition<_skiff_api_v1_UpdateResponse, _skiff_api_v1_UpdateResponse__Output>
        UpdateScaleRequest: MessageTypeDefinition<_skiff_api_v1_UpdateScaleRequest, _skiff_api_v1_UpdateScaleRequest__Output>
        VersionInfo: MessageTypeDefinition<_skiff_api_v1_VersionInfo, _skiff_api_v1_VersionInfo__Output>
        Warnings: MessageTypeDefinition<_skiff_api_v1_Warnings, _skiff_api_v1_Warnings__Output>
        WatchEvent: MessageTypeDefinition<_skiff_api_v1_WatchEvent, _skiff_api_v1_WatchEvent__Output>
        WatchEvents: MessageTypeDefinition<_skiff_api_v1_WatchEvents, _skiff_api_v1_WatchEvents__Output>
        WatchRequest: MessageTypeDefinition<_skiff_api_v1_WatchRequest, _skiff_api_v1_WatchRequest__Output>
        WriteOptions: MessageTypeDefinition<_skiff_api_v1_WriteOptions, _skiff_api_v1_WriteOptions__Output>
      }
    }
    apps: {
      v1: {
        ControllerRevision: MessageTypeDefinition<_skiff_apps_v1_ControllerRevision, _skiff_apps_v1_ControllerRevision__Output>
        ControllerRevisionList: MessageTypeDefinition<_skiff_apps_v1_ControllerRevisionList, _skiff_apps_v1_ControllerRevisionList__Output>
        DaemonSet: MessageTypeDefinition<_skiff_apps_v1_DaemonSet, _skiff_apps_v1_DaemonSet__Output>
        DaemonSetCondition: MessageTypeDefinition<_skiff_apps_v1_DaemonSetCondition, _skiff_apps_v1_DaemonSetCondition__Output>
        DaemonSetList: MessageTypeDefinition<_skiff_apps_v1_DaemonSetList, _skiff_apps_v1_DaemonSetList__Output>
        DaemonSetSpec: MessageTypeDefinition<_skiff_apps_v1_DaemonSetSpec, _skiff_apps_v1_DaemonSetSpec__Output>
        DaemonSetStatus: MessageTypeDefinition<_skiff_apps_v1_DaemonSetStatus, _skiff_apps_v1_DaemonSetStatus__Output>
        DaemonSetUpdateStrategy: MessageTypeDefinition<_skiff_apps_v1_DaemonSetUpdateStrategy, _skiff_apps_v1_DaemonSetUpdateStrategy__Output>
        Deployment: MessageTypeDefinition<_skiff_apps_v1_Deployment, _skiff_apps_v1_Deployment__Output>
        DeploymentCondition: MessageTypeDefinition<_skiff_apps_v1_DeploymentCondition, _skiff_apps_v1_DeploymentCondition__Output>
        DeploymentList: MessageTypeDefinition<_skiff_apps_v1_DeploymentList, _skiff_apps_v1_DeploymentList__Output>
        DeploymentSpec: MessageTypeDefinition<_skiff_apps_v1_DeploymentSpec, _skiff_apps_v1_DeploymentSpec__Output>
        DeploymentStatus: MessageTypeDefinition<_skiff_apps_v1_DeploymentStatus, _skiff_apps_v1_DeploymentStatus__Output>
        DeploymentStrategy: MessageTypeDefinition<_skiff_apps_v1_DeploymentStrategy, _skiff_apps_v1_DeploymentStrategy__Output>
        ReplicaSet: MessageTypeDefinition<_skiff_apps_v1_ReplicaSet, _skiff_apps_v1_ReplicaSet__Output>
        ReplicaSetCondition: MessageTypeDefinition<_skiff_apps_v1_ReplicaSetCondition, _skiff_apps_v1_ReplicaSetCondition__Output>
        ReplicaSetList: MessageTypeDefinition<_skiff_apps_v1_ReplicaSetList, _skiff_apps_v1_ReplicaSetList__Output>
        ReplicaSetSpec: MessageTypeDefinition<_skiff_apps_v1_ReplicaSetSpec, _skiff_apps_v1_ReplicaSetSpec__Output>
        ReplicaSetStatus: MessageTypeDefinition<_skiff_apps_v1_ReplicaSetStatus, _skiff_apps_v1_ReplicaSetStatus__Output>
        RollingUpdateDaemonSet: MessageTypeDefinition<_skiff_apps_v1_RollingUpdateDaemonSet, _skiff_apps_v1_RollingUpdateDaemonSet__Output>
        RollingUpdateDeployment: MessageTypeDefinition<_skiff_apps_v1_RollingUpdateDeployment, _skiff_apps_v1_RollingUpdateDeployment__Output>
        RollingUpdateStatefulSetStrategy: MessageTypeDefinition<_skiff_apps_v1_RollingUpdateStatefulSetStrategy, _skiff_apps_v1_RollingUpdateStatefulSetStrategy__Output>
        StatefulSet: MessageTypeDefinition<_skiff_apps_v1_StatefulSet, _skiff_apps_v1_StatefulSet__Output>
        StatefulSetCondition: MessageTypeDefinition<_skiff_apps_v1_StatefulSetCondition, _skiff_apps_v1_StatefulSetCondition__Output>
        StatefulSetList: MessageTypeDefinition<_skiff_apps_v1_StatefulSetList, _skiff_apps_v1_StatefulSetList__Output>
        StatefulSetOrdinals: MessageTypeDefinition<_skiff_apps_v1_StatefulSetOrdinals, _skiff_apps_v1_StatefulSetOrdinals__Output>
        StatefulSetPersistentVolumeClaimRetentionPolicy: MessageTypeDefinition<_skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, _skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output>
        StatefulSetSpec: MessageTypeDefinition<_skiff_apps_v1_StatefulSetSpec, _skiff_apps_v1_StatefulSetSpec__Output>
        StatefulSetStatus: MessageTypeDefinition<_skiff_apps_v1_StatefulSetStatus, _skiff_apps_v1_StatefulSetStatus__Output>
        StatefulSetUpdateStrategy: MessageTypeDefinition<_skiff_apps_v1_StatefulSetUpdateStrategy, _skiff_apps_v1_StatefulSetUpdateStrategy__Output>
      }
    }
    autoscaling: {
      v1: {
        Scale: MessageTypeDefinition<_skiff_autoscaling_v1_Scale, _skiff_autoscaling_v1_Scale__Output>
        ScaleSpec: MessageTypeDefinition<_skiff_autoscaling_v1_ScaleSpec, _skiff_autoscaling_v1_ScaleSpec__Output>
        ScaleStatus: MessageTypeDefinition<_skiff_autoscaling_v1_ScaleStatus, _skiff_autoscaling_v1_ScaleStatus__Output>
      }
    }
    batch: {
      v1: {
        CronJob: MessageTypeDefinition<_skiff_batch_v1_CronJob, _skiff_batch_v1_CronJob__Output>
        CronJobList: MessageTypeDefinition<_skiff_batch_v1_CronJobList, _skiff_batch_v1_CronJobList__Output>
        CronJobSpec: MessageTypeDefinition<_skiff_batch_v1_CronJobSpec, _skiff_batch_v1_CronJobSpec__Output>
        CronJobStatus: MessageTypeDefinition<_skiff_batch_v1_CronJobStatus, _skiff_batch_v1_CronJobStatus__Output>
        Job: MessageTypeDefinition<_skiff_batch_v1_Job, _skiff_batch_v1_Job__Output>
        JobCondition: MessageTypeDefinition<_skiff_batch_v1_JobCondition, _skiff_batch_v1_JobCondition__Output>
        JobList: MessageTypeDefinition<_skiff_batch_v1_JobList, _skiff_batch_v1_JobList__Output>
        JobSpec: MessageTypeDefinition<_skiff_batch_v1_JobSpec, _skiff_batch_v1_JobSpec__Output>
        JobStatus: MessageTypeDefinition<_skiff_batch_v1_JobStatus, _skiff_batch_v1_JobStatus__Output>
        JobTemplateSpec: MessageTypeDefinition<_skiff_batch_v1_JobTemplateSpec, _skiff_batch_v1_JobTemplateSpec__Output>
        PodFailurePolicy: MessageTypeDefinition<_skiff_batch_v1_PodFailurePolicy, _skiff_batch_v1_PodFailurePolicy__Output>
        PodFailurePolicyOnExitCodesRequirement: MessageTypeDefinition<_skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement, _skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement__Output>
        PodFailurePolicyOnPodConditionsPattern: MessageTypeDefinition<_skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern, _skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern__Output>
        PodFailurePolicyRule: MessageTypeDefinition<_skiff_batch_v1_PodFailurePolicyRule, _skiff_batch_v1_PodFailurePolicyRule__Output>
        SuccessPolicy: MessageTypeDefinition<_skiff_batch_v1_SuccessPolicy, _skiff_batch_v1_SuccessPolicy__Output>
        SuccessPolicyRule: MessageTypeDefinition<_skiff_batch_v1_SuccessPolicyRule, _skiff_batch_v1_SuccessPolicyRule__Output>
        UncountedTerminatedPods: MessageTypeDefinition<_skiff_batch_v1_UncountedTerminatedPods, _skiff_batch_v1_UncountedTerminatedPods__Output>
      }
    }
    coordination: {
      v1: {
        Lease: MessageTypeDefinition<_skiff_coordination_v1_Lease, _skiff_coordination_v1_Lease__Output>
        LeaseList: MessageTypeDefinition<_skiff_coordination_v1_LeaseList, _skiff_coordination_v1_LeaseList__Output>
        LeaseSpec: MessageTypeDefinition<_skiff_coordination_v1_LeaseSpec, _skiff_coordination_v1_LeaseSpec__Output>
      }
    }
    core: {
      v1: {
        Affinity: MessageTypeDefinition<_skiff_core_v1_Affinity, _skiff_core_v1_Affinity__Output>
        AttachedVolume: MessageTypeDefinition<_skiff_core_v1_AttachedVolume, _skiff_core_v1_AttachedVolume__Output>
        Binding: MessageTypeDefinition<_skiff_core_v1_Binding, _skiff_core_v1_Binding__Output>
        Capabilities: MessageTypeDefinition<_skiff_core_v1_Capabilities, _skiff_core_v1_Capabilities__Output>
        ClientIPConfig: MessageTypeDefinition<_skiff_core_v1_ClientIPConfig, _skiff_core_v1_ClientIPConfig__Output>
        ConfigMap: MessageTypeDefinition<_skiff_core_v1_ConfigMap, _skiff_core_v1_ConfigMap__Output>
        ConfigMapEnvSource: MessageTypeDefinition<_skiff_core_v1_ConfigMapEnvSource, _skiff_core_v1_ConfigMapEnvSource__Output>
        ConfigMapKeySelector: MessageTypeDefinition<_skiff_core_v1_ConfigMapKeySelector, _skiff_core_v1_ConfigMapKeySelector__Output>
        ConfigMapList: MessageTypeDefinition<_skiff_core_v1_ConfigMapList, _skiff_core_v1_ConfigMapList__Output>
        ConfigMapProjection: MessageTypeDefinition<_skiff_core_v1_ConfigMapProjection, _skiff_core_v1_ConfigMapProjection__Output>
        ConfigMapVolumeSource: MessageTypeDefinition<_skiff_core_v1_ConfigMapVolumeSource, _skiff_core_v1_ConfigMapVolumeSource__Output>
        Container: MessageTypeDefinition<_skiff_core_v1_Container, _skiff_core_v1_Container__Output>
        ContainerImage: MessageTypeDefinition<_skiff_core_v1_ContainerImage, _skiff_core_v1_ContainerImage__Output>
        ContainerPort: MessageTypeDefinition<_skiff_core_v1_ContainerPort, _skiff_core_v1_ContainerPort__Output>
        ContainerResizePolicy: MessageTypeDefinition<_skiff_core_v1_ContainerResizePolicy, _skiff_core_v1_ContainerResizePolicy__Output>
        ContainerState: MessageTypeDefinition<_skiff_core_v1_ContainerState, _skiff_core_v1_ContainerState__Output>
        ContainerStateRunning: MessageTypeDefinition<_skiff_core_v1_ContainerStateRunning, _skiff_core_v1_ContainerStateRunning__Output>
        ContainerStateTerminated: MessageTypeDefinition<_skiff_core_v1_ContainerStateTerminated, _skiff_core_v1_ContainerStateTerminated__Output>
        ContainerStateWaiting: MessageTypeDefinition<_skiff_core_v1_ContainerStateWaiting, _skiff_core_v1_ContainerStateWaiting__Output>
        ContainerStatus: MessageTypeDefinition<_skiff_core_v1_ContainerStatus, _skiff_core_v1_ContainerStatus__Output>
        DaemonEndpoint: MessageTypeDefinition<_skiff_core_v1_DaemonEndpoint, _skiff_core_v1_DaemonEndpoint__Output>
        DownwardAPIProjection: MessageTypeDefinition<_skiff_core_v1_DownwardAPIProjection, _skiff_core_v1_DownwardAPIProjection__Output>
        DownwardAPIVolumeFile: MessageTypeDefinition<_skiff_core_v1_DownwardAPIVolumeFile, _skiff_core_v1_DownwardAPIVolumeFile__Output>
        DownwardAPIVolumeSource: MessageTypeDefinition<_skiff_core_v1_DownwardAPIVolumeSource, _skiff_core_v1_DownwardAPIVolumeSource__Output>
        EmptyDirVolumeSource: MessageTypeDefinition<_skiff_core_v1_EmptyDirVolumeSource, _skiff_core_v1_EmptyDirVolumeSource__Output>
        EndpointAddress: MessageTypeDefinition<_skiff_core_v1_EndpointAddress, _skiff_core_v1_EndpointAddress__Output>
        EndpointPort: MessageTypeDefinition<_skiff_core_v1_EndpointPort, _skiff_core_v1_EndpointPort__Output>
        EndpointSubset: MessageTypeDefinition<_skiff_core_v1_EndpointSubset, _skiff_core_v1_EndpointSubset__Output>
        Endpoints: MessageTypeDefinition<_skiff_core_v1_Endpoints, _skiff_core_v1_Endpoints__Output>
        EndpointsList: MessageTypeDefinition<_skiff_core_v1_EndpointsList, _skiff_core_v1_EndpointsList__Output>
        EnvFromSource: MessageTypeDefinition<_skiff_core_v1_EnvFromSource, _skiff_core_v1_EnvFromSource__Output>
        EnvVar: MessageTypeDefinition<_skiff_core_v1_EnvVar, _skiff_core_v1_EnvVar__Output>
        EnvVarSource: MessageTypeDefinition<_skiff_core_v1_EnvVarSource, _skiff_core_v1_EnvVarSource__Output>
        Event: MessageTypeDefinition<_skiff_core_v1_Event, _skiff_core_v1_Event__Output>
        EventList: MessageTypeDefinition<_skiff_core_v1_EventList, _skiff_core_v1_EventList__Output>
        EventSeries: MessageTypeDefinition<_skiff_core_v1_EventSeries, _skiff_core_v1_EventSeries__Output>
        EventSource: MessageTypeDefinition<_skiff_core_v1_EventSource, _skiff_core_v1_EventSource__Output>
        ExecAction: MessageTypeDefinition<_skiff_core_v1_ExecAction, _skiff_core_v1_ExecAction__Output>
        GRPCAction: MessageTypeDefinition<_skiff_core_v1_GRPCAction, _skiff_core_v1_GRPCAction__Output>
        HTTPGetAction: MessageTypeDefinition<_skiff_core_v1_HTTPGetAction, _skiff_core_v1_HTTPGetAction__Output>
        HTTPHeader: MessageTypeDefinition<_skiff_core_v1_HTTPHeader, _skiff_core_v1_HTTPHeader__Output>
        HostAlias: MessageTypeDefinition<_skiff_core_v1_HostAlias, _skiff_core_v1_HostAlias__Output>
        HostIP: MessageTypeDefinition<_skiff_core_v1_HostIP, _skiff_core_v1_HostIP__Output>
        HostPathVolumeSource: MessageTypeDefinition<_skiff_core_v1_HostPathVolumeSource, _skiff_core_v1_HostPathVolumeSource__Output>
        KeyToPath: MessageTypeDefinition<_skiff_core_v1_KeyToPath, _skiff_core_v1_KeyToPath__Output>
        Lifecycle: MessageTypeDefinition<_skiff_core_v1_Lifecycle, _skiff_core_v1_Lifecycle__Output>
        LifecycleHandler: MessageTypeDefinition<_skiff_core_v1_LifecycleHandler, _skiff_core_v1_LifecycleHandler__Output>
        LoadBalancerIngress: MessageTypeDefinition<_skiff_core_v1_LoadBalancerIngress, _skiff_core_v1_LoadBalancerIngress__Output>
        LoadBalancerStatus: MessageTypeDefinition<_skiff_core_v1_LoadBalancerStatus, _skiff_core_v1_LoadBalancerStatus__Output>
        LocalObjectReference: MessageTypeDefinition<_skiff_core_v1_LocalObjectReference, _skiff_core_v1_LocalObjectReference__Output>
        LocalVolumeSource: MessageTypeDefinition<_skiff_core_v1_LocalVolumeSource, _skiff_core_v1_LocalVolumeSource__Output>
        Namespace: MessageTypeDefinition<_skiff_core_v1_Namespace, _skiff_core_v1_Namespace__Output>
        NamespaceCondition: MessageTypeDefinition<_skiff_core_v1_NamespaceCondition, _skiff_core_v1_NamespaceCondition__Output>
        NamespaceList: MessageTypeDefinition<_skiff_core_v1_NamespaceList, _skiff_core_v1_NamespaceList__Output>
        NamespaceSpec: MessageTypeDefinition<_skiff_core_v1_NamespaceSpec, _skiff_core_v1_NamespaceSpec__Output>
        NamespaceStatus: MessageTypeDefinition<_skiff_core_v1_NamespaceStatus, _skiff_core_v1_NamespaceStatus__Output>
        Node: MessageTypeDefinition<_skiff_core_v1_Node, _skiff_core_v1_Node__Output>
        NodeAddress: MessageTypeDefinition<_skiff_core_v1_NodeAddress, _skiff_core_v1_NodeAddress__Output>
        NodeAffinity: MessageTypeDefinition<_skiff_core_v1_NodeAffinity, _skiff_core_v1_NodeAffinity__Output>
        NodeCondition: MessageTypeDefinition<_skiff_core_v1_NodeCondition, _skiff_core_v1_NodeCondition__Output>
        NodeDaemonEndpoints: MessageTypeDefinition<_skiff_core_v1_NodeDaemonEndpoints, _skiff_core_v1_NodeDaemonEndpoints__Output>
        NodeList: MessageTypeDefinition<_skiff_core_v1_NodeList, _skiff_core_v1_NodeList__Output>
        NodeSelector: MessageTypeDefinition<_skiff_core_v1_NodeSelector, _skiff_core_v1_NodeSelector__Output>
        NodeSelectorRequirement: MessageTypeDefinition<_skiff_core_v1_NodeSelectorRequirement, _skiff_core_v1_NodeSelectorRequirement__Output>
        NodeSelectorTerm: MessageTypeDefinition<_skiff_core_v1_NodeSelectorTerm, _skiff_core_v1_NodeSelectorTerm__Output>
        NodeSpec: MessageTypeDefinition<_skiff_core_v1_NodeSpec, _skiff_core_v1_NodeSpec__Output>
        NodeStatus: MessageTypeDefinition<_skiff_core_v1_NodeStatus, _skiff_core_v1_NodeStatus__Output>
        NodeSystemInfo: MessageTypeDefinition<_skiff_core_v1_NodeSystemInfo, _skiff_core_v1_NodeSystemInfo__Output>
        ObjectFieldSelector: MessageTypeDefinition<_skiff_core_v1_ObjectFieldSelector, _skiff_core_v1_ObjectFieldSelector__Output>
        ObjectReference: MessageTypeDefinition<_skiff_core_v1_ObjectReference, _skiff_core_v1_ObjectReference__Output>
        PersistentVolume: MessageTypeDefinition<_skiff_core_v1_PersistentVolume, _skiff_core_v1_PersistentVolume__Output>
        PersistentVolumeClaim: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaim, _skiff_core_v1_PersistentVolumeClaim__Output>
        PersistentVolumeClaimCondition: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimCondition, _skiff_core_v1_PersistentVolumeClaimCondition__Output>
        PersistentVolumeClaimList: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimList, _skiff_core_v1_PersistentVolumeClaimList__Output>
        PersistentVolumeClaimSpec: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimSpec, _skiff_core_v1_PersistentVolumeClaimSpec__Output>
        PersistentVolumeClaimStatus: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimStatus, _skiff_core_v1_PersistentVolumeClaimStatus__Output>
        PersistentVolumeClaimVolumeSource: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimVolumeSource, _skiff_core_v1_PersistentVolumeClaimVolumeSource__Output>
        PersistentVolumeList: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeList, _skiff_core_v1_PersistentVolumeList__Output>
        PersistentVolumeSpec: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeSpec, _skiff_core_v1_PersistentVolumeSpec__Output>
        PersistentVolumeStatus: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeStatus, _skiff_core_v1_PersistentVolumeStatus__Output>
        Pod: MessageTypeDefinition<_skiff_core_v1_Pod, _skiff_core_v1_Pod__Output>
        PodAffinity: MessageTypeDefinition<_skiff_core_v1_PodAffinity, _skiff_core_v1_PodAffinity__Output>
        PodAffinityTerm: MessageTypeDefinition<_skiff_core_v1_PodAffinityTerm, _skiff_core_v1_PodAffinityTerm__Output>
        PodAntiAffinity: MessageTypeDefinition<_skiff_core_v1_PodAntiAffinity, _skiff_core_v1_PodAntiAffinity__Output>
        PodCondition: MessageTypeDefinition<_skiff_core_v1_PodCondition, _skiff_core_v1_PodCondition__Output>
        PodDNSConfig: MessageTypeDefinition<_skiff_core_v1_PodDNSConfig, _skiff_core_v1_PodDNSConfig__Output>
        PodDNSConfigOption: MessageTypeDefinition<_skiff_core_v1_PodDNSConfigOption, _skiff_core_v1_PodDNSConfigOption__Output>
        PodIP: MessageTypeDefinition<_skiff_core_v1_PodIP, _skiff_core_v1_PodIP__Output>
        PodList: MessageTypeDefinition<_skiff_core_v1_PodList, _skiff_core_v1_PodList__Output>
        PodOS: MessageTypeDefinition<_skiff_core_v1_PodOS, _skiff_core_v1_PodOS__Output>
        PodReadinessGate: MessageTypeDefinition<_skiff_core_v1_PodReadinessGate, _skiff_core_v1_PodReadinessGate__Output>
        PodSchedulingGate: MessageTypeDefinition<_skiff_core_v1_PodSchedulingGate, _skiff_core_v1_PodSchedulingGate__Output>
        PodSecurityContext: MessageTypeDefinition<_skiff_core_v1_PodSecurityContext, _skiff_core_v1_PodSecurityContext__Output>
        PodSpec: MessageTypeDefinition<_skiff_core_v1_PodSpec, _skiff_core_v1_PodSpec__Output>
        PodStatus: MessageTypeDefinition<_skiff_core_v1_PodStatus, _skiff_core_v1_PodStatus__Output>
        PodTemplate: MessageTypeDefinition<_skiff_core_v1_PodTemplate, _skiff_core_v1_PodTemplate__Output>
        PodTemplateList: MessageTypeDefinition<_skiff_core_v1_PodTemplateList, _skiff_core_v1_PodTemplateList__Output>
        PodTemplateSpec: MessageTypeDefinition<_skiff_core_v1_PodTemplateSpec, _skiff_core_v1_PodTemplateSpec__Output>
        PortStatus: MessageTypeDefinition<_skiff_core_v1_PortStatus, _skiff_core_v1_PortStatus__Output>
        PreferredSchedulingTerm: MessageTypeDefinition<_skiff_core_v1_PreferredSchedulingTerm, _skiff_core_v1_PreferredSchedulingTerm__Output>
        Probe: MessageTypeDefinition<_skiff_core_v1_Probe, _skiff_core_v1_Probe__Output>
        ProjectedVolumeSource: MessageTypeDefinition<_skiff_core_v1_ProjectedVolumeSource, _skiff_core_v1_ProjectedVolumeSource__Output>
        ReplicationController: MessageTypeDefinition<_skiff_core_v1_ReplicationController, _skiff_core_v1_ReplicationController__Output>
        ReplicationControllerCondition: MessageTypeDefinition<_skiff_core_v1_ReplicationControllerCondition, _skiff_core_v1_ReplicationControllerCondition__Output>
        ReplicationControllerList: MessageTypeDefinition<_skiff_core_v1_ReplicationControllerList, _skiff_core_v1_ReplicationControllerList__Output>
        ReplicationControllerSpec: MessageTypeDefinition<_skiff_core_v1_ReplicationControllerSpec, _skiff_core_v1_ReplicationControllerSpec__Output>
        ReplicationControllerStatus: MessageTypeDefinition<_skiff_core_v1_ReplicationControllerStatus, _skiff_core_v1_ReplicationControllerStatus__Output>
        ResourceClaim: MessageTypeDefinition<_skiff_core_v1_ResourceClaim, _skiff_core_v1_ResourceClaim__Output>
        ResourceFieldSelector: MessageTypeDefinition<_skiff_core_v1_ResourceFieldSelector, _skiff_core_v1_ResourceFieldSelector__Output>
        ResourceRequirements: MessageTypeDefinition<_skiff_core_v1_ResourceRequirements, _skiff_core_v1_ResourceRequirements__Output>
        SeccompProfile: MessageTypeDefinition<_skiff_core_v1_SeccompProfile, _skiff_core_v1_SeccompProfile__Output>
        Secret: MessageTypeDefinition<_skiff_core_v1_Secret, _skiff_core_v1_Secret__Output>
        SecretEnvSource: MessageTypeDefinition<_skiff_core_v1_SecretEnvSource, _skiff_core_v1_SecretEnvSource__Output>
        SecretKeySelector: MessageTypeDefinition<_skiff_core_v1_SecretKeySelector, _skiff_core_v1_SecretKeySelector__Output>
        SecretList: MessageTypeDefinition<_skiff_core_v1_SecretList, _skiff_core_v1_SecretList__Output>
        SecretProjection: MessageTypeDefinition<_skiff_core_v1_SecretProjection, _skiff_core_v1_SecretProjection__Output>
        SecretVolumeSource: MessageTypeDefinition<_skiff_core_v1_SecretVolumeSource, _skiff_core_v1_SecretVolumeSource__Output>
        SecurityContext: MessageTypeDefinition<_skiff_core_v1_SecurityContext, _skiff_core_v1_SecurityContext__Output>
        Service: MessageTypeDefinition<_skiff_core_v1_Service, _skiff_core_v1_Service__Output>
        ServiceAccount: MessageTypeDefinition<_skiff_core_v1_ServiceAccount, _skiff_core_v1_ServiceAccount__Output>
        ServiceAccountList: MessageTypeDefinition<_skiff_core_v1_ServiceAccountList, _skiff_core_v1_ServiceAccountList__Output>
        ServiceAccountTokenProjection: MessageTypeDefinition<_skiff_core_v1_ServiceAccountTokenProjection, _skiff_core_v1_ServiceAccountTokenProjection__Output>
        ServiceList: MessageTypeDefinition<_skiff_core_v1_ServiceList, _skiff_core_v1_ServiceList__Output>
        ServicePort: MessageTypeDefinition<_skiff_core_v1_ServicePort, _skiff_core_v1_ServicePort__Output>
        ServiceSpec: MessageTypeDefinition<_skiff_core_v1_ServiceSpec, _skiff_core_v1_ServiceSpec__Output>
        ServiceStatus: MessageTypeDefinition<_skiff_core_v1_ServiceStatus, _skiff_core_v1_ServiceStatus__Output>
        SessionAffinityConfig: MessageTypeDefinition<_skiff_core_v1_SessionAffinityConfig, _skiff_core_v1_SessionAffinityConfig__Output>
        SleepAction: MessageTypeDefinition<_skiff_core_v1_SleepAction, _skiff_core_v1_SleepAction__Output>
        Sysctl: MessageTypeDefinition<_skiff_core_v1_Sysctl, _skiff_core_v1_Sysctl__Output>
        TCPSocketAction: MessageTypeDefinition<_skiff_core_v1_TCPSocketAction, _skiff_core_v1_TCPSocketAction__Output>
        Taint: MessageTypeDefinition<_skiff_core_v1_Taint, _skiff_core_v1_Taint__Output>
        Toleration: MessageTypeDefinition<_skiff_core_v1_Toleration, _skiff_core_v1_Toleration__Output>
        TopologySpreadConstraint: MessageTypeDefinition<_skiff_core_v1_TopologySpreadConstraint, _skiff_core_v1_TopologySpreadConstraint__Output>
        TypedLocalObjectReference: MessageTypeDefinition<_skiff_core_v1_TypedLocalObjectReference, _skiff_core_v1_TypedLocalObjectReference__Output>
        TypedObjectReference: MessageTypeDefinition<_skiff_core_v1_TypedObjectReference, _skiff_core_v1_TypedObjectReference__Output>
        Volume: MessageTypeDefinition<_skiff_core_v1_Volume, _skiff_core_v1_Volume__Output>
        VolumeDevice: MessageTypeDefinition<_skiff_core_v1_VolumeDevice, _skiff_core_v1_VolumeDevice__Output>
        VolumeMount: MessageTypeDefinition<_skiff_core_v1_VolumeMount, _skiff_core_v1_VolumeMount__Output>
        VolumeNodeAffinity: MessageTypeDefinition<_skiff_core_v1_VolumeNodeAffinity, _skiff_core_v1_VolumeNodeAffinity__Output>
        VolumeProjection: MessageTypeDefinition<_skiff_core_v1_VolumeProjection, _skiff_core_v1_VolumeProjection__Output>
        VolumeResourceRequirements: MessageTypeDefinition<_skiff_core_v1_VolumeResourceRequirements, _skiff_core_v1_VolumeResourceRequirements__Output>
        WeightedPodAffinityTerm: MessageTypeDefinition<_skiff_core_v1_WeightedPodAffinityTerm, _skiff_core_v1_WeightedPodAffinityTerm__Output>
      }
    }
    meta: {
      v1: {
        Condition: MessageTypeDefinition<_skiff_meta_v1_Condition, _skiff_meta_v1_Condition__Output>
        DeleteOptions: MessageTypeDefinition<_skiff_meta_v1_DeleteOptions, _skiff_meta_v1_DeleteOptions__Output>
        IntOrString: MessageTypeDefinition<_skiff_meta_v1_IntOrString, _skiff_meta_v1_IntOrString__Output>
        LabelSelector: MessageTypeDefinition<_skiff_meta_v1_LabelSelector, _skiff_meta_v1_LabelSelector__Output>
        LabelSelectorRequirement: MessageTypeDefinition<_skiff_meta_v1_LabelSelectorRequirement, _skiff_meta_v1_LabelSelectorRequirement__Output>
        ListMeta: MessageTypeDefinition<_skiff_meta_v1_ListMeta, _skiff_meta_v1_ListMeta__Output>
        ManagedFieldsEntry: MessageTypeDefinition<_skiff_meta_v1_ManagedFieldsEntry, _skiff_meta_v1_ManagedFieldsEntry__Output>
        ObjectMeta: MessageTypeDefinition<_skiff_meta_v1_ObjectMeta, _skiff_meta_v1_ObjectMeta__Output>
        OwnerReference: MessageTypeDefinition<_skiff_meta_v1_OwnerReference, _skiff_meta_v1_OwnerReference__Output>
        PartialObjectMetadata: MessageTypeDefinition<_skiff_meta_v1_PartialObjectMetadata, _skiff_meta_v1_PartialObjectMetadata__Output>
        PartialObjectMetadataList: MessageTypeDefinition<_skiff_meta_v1_PartialObjectMetadataList, _skiff_meta_v1_PartialObjectMetadataList__Output>
        Preconditions: MessageTypeDefinition<_skiff_meta_v1_Preconditions, _skiff_meta_v1_Preconditions__Output>
        Status: MessageTypeDefinition<_skiff_meta_v1_Status, _skiff_meta_v1_Status__Output>
        StatusCause: MessageTypeDefinition<_skiff_meta_v1_StatusCause, _skiff_meta_v1_StatusCause__Output>
        StatusDetails: MessageTypeDefinition<_skiff_meta_v1_StatusDetails, _skiff_meta_v1_StatusDetails__Output>
        Table: MessageTypeDefinition<_skiff_meta_v1_Table, _skiff_meta_v1_Table__Output>
        TableCell: MessageTypeDefinition<_skiff_meta_v1_TableCell, _skiff_meta_v1_TableCell__Output>
        TableColumnDefinition: MessageTypeDefinition<_skiff_meta_v1_TableColumnDefinition, _skiff_meta_v1_TableColumnDefinition__Output>
        TableRow: MessageTypeDefinition<_skiff_meta_v1_TableRow, _skiff_meta_v1_TableRow__Output>
        TableRowCondition: MessageTypeDefinition<_skiff_meta_v1_TableRowCondition, _skiff_meta_v1_TableRowCondition__Output>
      }
    }
    policy: {
      v1: {
        Eviction: MessageTypeDefinition<_skiff_policy_v1_Eviction, _skiff_policy_v1_Eviction__Output>
        PodDisruptionBudget: MessageTypeDefinition<_skiff_policy_v1_PodDisruptionBudget, _skiff_policy_v1_PodDisruptionBudget__Output>
        PodDisruptionBudgetList: MessageTypeDefinition<_skiff_policy_v1_PodDisruptionBudgetList, _skiff_policy_v1_PodDisruptionBudgetList__Output>
        PodDisruptionBudgetSpec: MessageTypeDefinition<_skiff_policy_v1_PodDisruptionBudgetSpec, _skiff_policy_v1_PodDisruptionBudgetSpec__Output>
        PodDisruptionBudgetStatus: MessageTypeDefinition<_skiff_policy_v1_PodDisruptionBudgetStatus, _skiff_policy_v1_PodDisruptionBudgetStatus__Output>
      }
    }
    scheduling: {
      v1: {
        PriorityClass: MessageTypeDefinition<_skiff_scheduling_v1_PriorityClass, _skiff_scheduling_v1_PriorityClass__Output>
        PriorityClassList: MessageTypeDefinition<_skiff_scheduling_v1_PriorityClassList, _skiff_scheduling_v1_PriorityClassList__Output>
      }
    }
    storage: {
      v1: {
        StorageClass: MessageTypeDefinition<_skiff_storage_v1_StorageClass, _skiff_storage_v1_StorageClass__Output>
        StorageClassList: MessageTypeDefinition<_skiff_storage_v1_StorageClassList, _skiff_storage_v1_StorageClassList__Output>
        TopologySelectorLabelRequirement: MessageTypeDefinition<_skiff_storage_v1_TopologySelectorLabelRequirement, _skiff_storage_v1_TopologySelectorLabelRequirement__Output>
        TopologySelectorTerm: MessageTypeDefinition<_skiff_storage_v1_TopologySelectorTerm, _skiff_storage_v1_TopologySelectorTerm__Output>
      }
    }
  }
}

