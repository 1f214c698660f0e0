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
import type { DaemonSet as _skiff_apps_v1_DaemonSet, DaemonSet__Output as _skiff_apps_v1_DaemonSet__Output } from './skiff/apps/v1/DaemonSet.js';
import type { DaemonSetCondition as _skiff_apps_v1_DaemonSetCondition, DaemonSetCondition__Output as _skiff_apps_v1_DaemonSetCondition__Output } from './skiff/apps/v1/DaemonSetCondition.js';
import type { DaemonSetList as _skiff_apps_v1_DaemonSetList, DaemonSetList__Output as _skiff_apps_v1_DaemonSetList__Output } from './skiff/apps/v1/DaemonSetList.js';
import type { DaemonSetSpec as _skiff_apps_v1_DaemonSetSpec, DaemonSetSpec__Output as _skiff_apps_v1_DaemonSetSpec__Output } from './skiff/apps/v1/DaemonSetSpec.js';
import type { DaemonSetStatus as _skiff_apps_v1_DaemonSetStatus, DaemonSetStatus__Output as _skiff_apps_v1_DaemonSetStatus__Output } from './skiff/apps/v1/DaemonSetStatus.js';
import type { DaemonSetUpdateStrategy as _skiff_apps_v1_DaemonSetUpdateStrategy, DaemonSetUpdateStrategy__Output as _skiff_apps_v1_DaemonSetUpdateStrategy__Output } from './skiff/apps/v1/DaemonSetUpdateStrategy.js';
import type { RollingUpdateDaemonSet as _skiff_apps_v1_RollingUpdateDaemonSet, RollingUpdateDaemonSet__Output as _skiff_apps_v1_RollingUpdateDaemonSet__Output } from './skiff/apps/v1/RollingUpdateDaemonSet.js';
import type { Affinity as _skiff_core_v1_Affinity, Affinity__Output as _skiff_core_v1_Affinity__Output } from './skiff/core/v1/Affinity.js';
import type { Capabilities as _skiff_core_v1_Capabilities, Capabilities__Output as _skiff_core_v1_Capabilities__Output } from './skiff/core/v1/Capabilities.js';
import type { ConfigMapEnvSource as _skiff_core_v1_ConfigMapEnvSource, ConfigMapEnvSource__Output as _skiff_core_v1_ConfigMapEnvSource__Output } from './skiff/core/v1/ConfigMapEnvSource.js';
import type { ConfigMapKeySelector as _skiff_core_v1_ConfigMapKeySelector, ConfigMapKeySelector__Output as _skiff_core_v1_ConfigMapKeySelector__Output } from './skiff/core/v1/ConfigMapKeySelector.js';
import type { ConfigMapProjection as _skiff_core_v1_ConfigMapProjection, ConfigMapProjection__Output as _skiff_core_v1_ConfigMapProjection__Output } from './skiff/core/v1/ConfigMapProjection.js';
import type { ConfigMapVolumeSource as _skiff_core_v1_ConfigMapVolumeSource, ConfigMapVolumeSource__Output as _skiff_core_v1_ConfigMapVolumeSource__Output } from './skiff/core/v1/ConfigMapVolumeSource.js';
import type { Container as _skiff_core_v1_Container, Container__Output as _skiff_core_v1_Container__Output } from './skiff/core/v1/Container.js';
import type { ContainerPort as _skiff_core_v1_ContainerPort, ContainerPort__Output as _skiff_core_v1_ContainerPort__Output } from './skiff/core/v1/ContainerPort.js';
import type { ContainerResizePolicy as _skiff_core_v1_ContainerResizePolicy, ContainerResizePolicy__Output as _skiff_core_v1_ContainerResizePolicy__Output } from './skiff/core/v1/ContainerResizePolicy.js';
import type { ContainerState as _skiff_core_v1_ContainerState, ContainerState__Output as _skiff_core_v1_ContainerState__Output } from './skiff/core/v1/ContainerState.js';
import type { ContainerStateRunning as _skiff_core_v1_ContainerStateRunning, ContainerStateRunning__Output as _skiff_core_v1_ContainerStateRunning__Output } from './skiff/core/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _skiff_core_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _skiff_core_v1_ContainerStateTerminated__Output } from './skiff/core/v1/ContainerStateTerminated.js';
import type { ContainerStateWaiting as _skiff_core_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _skiff_core_v1_ContainerStateWaiting__Output } from './skiff/core/v1/ContainerStateWaiting.js';
import type { ContainerStatus as _skiff_core_v1_ContainerStatus, ContainerStatus__Output as _skiff_core_v1_ContainerStatus__Output } from './skiff/core/v1/ContainerStatus.js';
import type { DownwardAPIProjection as _skiff_core_v1_DownwardAPIProjection, DownwardAPIProjection__Output as _skiff_core_v1_DownwardAPIProjection__Output } from './skiff/core/v1/DownwardAPIProjection.js';
import type { DownwardAPIVolumeFile as _skiff_core_v1_DownwardAPIVolumeFile, DownwardAPIVolumeFile__Output as _skiff_core_v1_DownwardAPIVolumeFile__Output } from './skiff/core/v1/DownwardAPIVolumeFile.js';
import type { DownwardAPIVolumeSource as _skiff_core_v1_DownwardAPIVolumeSource, DownwardAPIVolumeSource__Output as _skiff_core_v1_DownwardAPIVolumeSource__Output } from './skiff/core/v1/DownwardAPIVolumeSource.js';
import type { EmptyDirVolumeSource as _skiff_core_v1_EmptyDirVolumeSource, EmptyDirVolumeSource__Output as _skiff_core_v1_EmptyDirVolumeSource__Output } from './skiff/core/v1/EmptyDirVolumeSource.js';
import type { EnvFromSource as _skiff_core_v1_EnvFromSource, EnvFromSource__Output as _skiff_core_v1_EnvFromSource__Output } from './skiff/core/v1/EnvFromSource.js';
import type { EnvVar as _skiff_core_v1_EnvVar, EnvVar__Output as _skiff_core_v1_EnvVar__Output } from './skiff/core/v1/EnvVar.js';
import type { EnvVarSource as _skiff_core_v1_EnvVarSource, EnvVarSource__Output as _skiff_core_v1_EnvVarSource__Output } from './skiff/core/v1/EnvVarSource.js';
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
import type { LocalObjectReference as _skiff_core_v1_LocalObjectReference, LocalObjectReference__Output as _skiff_core_v1_LocalObjectReference__Output } from './skiff/core/v1/LocalObjectReference.js';
import type { NodeAffinity as _skiff_core_v1_NodeAffinity, NodeAffinity__Output as _skiff_core_v1_NodeAffinity__Output } from './skiff/core/v1/NodeAffinity.js';
import type { NodeSelector as _skiff_core_v1_NodeSelector, NodeSelector__Output as _skiff_core_v1_NodeSelector__Output } from './skiff/core/v1/NodeSelector.js';
import type { NodeSelectorRequirement as _skiff_core_v1_NodeSelectorRequirement, NodeSelectorRequirement__Output as _skiff_core_v1_NodeSelectorRequirement__Output } from './skiff/core/v1/NodeSelectorRequirement.js';
import type { NodeSelectorTerm as _skiff_core_v1_NodeSelectorTerm, NodeSelectorTerm__Output as _skiff_core_v1_NodeSelectorTerm__Output } from './skiff/core/v1/NodeSelectorTerm.js';
import type { ObjectFieldSelector as _skiff_core_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _skiff_core_v1_ObjectFieldSelector__Output } from './skiff/core/v1/ObjectFieldSelector.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from './skiff/core/v1/ObjectReference.js';
import type { PersistentVolumeClaimVolumeSource as _skiff_core_v1_PersistentVolumeClaimVolumeSource, PersistentVolumeClaimVolumeSource__Output as _skiff_core_v1_PersistentVolumeClaimVolumeSource__Output } from './skiff/core/v1/PersistentVolumeClaimVolumeSource.js';
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
import type { PreferredSchedulingTerm as _skiff_core_v1_PreferredSchedulingTerm, PreferredSchedulingTerm__Output as _skiff_core_v1_PreferredSchedulingTerm__Output } from './skiff/core/v1/PreferredSchedulingTerm.js';
import type { Probe as _skiff_core_v1_Probe, Probe__Output as _skiff_core_v1_Probe__Output } from './skiff/core/v1/Probe.js';
import type { ProjectedVolumeSource as _skiff_core_v1_ProjectedVolumeSource, ProjectedVolumeSource__Output as _skiff_core_v1_ProjectedVolumeSource__Output } from './skiff/core/v1/ProjectedVolumeSource.js';
import type { ResourceClaim as _skiff_core_v1_ResourceClaim, ResourceClaim__Output as _skiff_core_v1_ResourceClaim__Output } from './skiff/core/v1/ResourceClaim.js';
import type { ResourceFieldSelector as _skiff_core_v1_ResourceFieldSelector, ResourceFieldSelector__Output as _skiff_core_v1_ResourceFieldSelector__Output } from './skiff/core/v1/ResourceFieldSelector.js';
import type { ResourceRequirements as _skiff_core_v1_ResourceRequirements, ResourceRequirements__Output as _skiff_core_v1_ResourceRequirements__Output } from './skiff/core/v1/ResourceRequirements.js';
import type { SeccompProfile as _skiff_core_v1_SeccompProfile, SeccompProfile__Output as _skiff_core_v1_SeccompProfile__Output } from './skiff/core/v1/SeccompProfile.js';
import type { SecretEnvSource as _skiff_core_v1_SecretEnvSource, SecretEnvSource__Output as _skiff_core_v1_SecretEnvSource__Output } from './skiff/core/v1/SecretEnvSource.js';
import type { SecretKeySelector as _skiff_core_v1_SecretKeySelector, SecretKeySelector__Output as _skiff_core_v1_SecretKeySelector__Output } from './skiff/core/v1/SecretKeySelector.js';
import type { SecretProjection as _skiff_core_v1_SecretProjection, SecretProjection__Output as _skiff_core_v1_SecretProjection__Output } from './skiff/core/v1/SecretProjection.js';
import type { SecretVolumeSource as _skiff_core_v1_SecretVolumeSource, SecretVolumeSource__Output as _skiff_core_v1_SecretVolumeSource__Output } from './skiff/core/v1/SecretVolumeSource.js';
import type { SecurityContext as _skiff_core_v1_SecurityContext, SecurityContext__Output as _skiff_core_v1_SecurityContext__Output } from './skiff/core/v1/SecurityContext.js';
import type { ServiceAccountTokenProjection as _skiff_core_v1_ServiceAccountTokenProjection, ServiceAccountTokenProjection__Output as _skiff_core_v1_ServiceAccountTokenProjection__Output } from './skiff/core/v1/ServiceAccountTokenProjection.js';
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
import type { VolumeProjection as _skiff_core_v1_VolumeProjection, VolumeProjection__Output as _skiff_core_v1_VolumeProjection__Output } from './skiff/core/v1/VolumeProjection.js';
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
    apps: {
      v1: {
        DaemonSet: MessageTypeDefinition<_skiff_apps_v1_DaemonSet, _skiff_apps_v1_DaemonSet__Output>
        DaemonSetCondition: MessageTypeDefinition<_skiff_apps_v1_DaemonSetCondition, _skiff_apps_v1_DaemonSetCondition__Output>
        DaemonSetList: MessageTypeDefinition<_skiff_apps_v1_DaemonSetList, _skiff_apps_v1_DaemonSetList__Output>
        DaemonSetSpec: MessageTypeDefinition<_skiff_apps_v1_DaemonSetSpec, _skiff_apps_v1_DaemonSetSpec__Output>
        DaemonSetStatus: MessageTypeDefinition<_skiff_apps_v1_DaemonSetStatus, _skiff_apps_v1_DaemonSetStatus__Output>
        DaemonSetUpdateStrategy: MessageTypeDefinition<_skiff_apps_v1_DaemonSetUpdateStrategy, _skiff_apps_v1_DaemonSetUpdateStrategy__Output>
        RollingUpdateDaemonSet: MessageTypeDefinition<_skiff_apps_v1_RollingUpdateDaemonSet, _skiff_apps_v1_RollingUpdateDaemonSet__Output>
      }
    }
    core: {
      v1: {
        Affinity: MessageTypeDefinition<_skiff_core_v1_Affinity, _skiff_core_v1_Affinity__Output>
        Capabilities: MessageTypeDefinition<_skiff_core_v1_Capabilities, _skiff_core_v1_Capabilities__Output>
        ConfigMapEnvSource: MessageTypeDefinition<_skiff_core_v1_ConfigMapEnvSource, _skiff_core_v1_ConfigMapEnvSource__Output>
        ConfigMapKeySelector: MessageTypeDefinition<_skiff_core_v1_ConfigMapKeySelector, _skiff_core_v1_ConfigMapKeySelector__Output>
        ConfigMapProjection: MessageTypeDefinition<_skiff_core_v1_ConfigMapProjection, _skiff_core_v1_ConfigMapProjection__Output>
        ConfigMapVolumeSource: MessageTypeDefinition<_skiff_core_v1_ConfigMapVolumeSource, _skiff_core_v1_ConfigMapVolumeSource__Output>
        Container: MessageTypeDefinition<_skiff_core_v1_Container, _skiff_core_v1_Container__Output>
        ContainerPort: MessageTypeDefinition<_skiff_core_v1_ContainerPort, _skiff_core_v1_ContainerPort__Output>
        ContainerResizePolicy: MessageTypeDefinition<_skiff_core_v1_ContainerResizePolicy, _skiff_core_v1_ContainerResizePolicy__Output>
        ContainerState: MessageTypeDefinition<_skiff_core_v1_ContainerState, _skiff_core_v1_ContainerState__Output>
        ContainerStateRunning: MessageTypeDefinition<_skiff_core_v1_ContainerStateRunning, _skiff_core_v1_ContainerStateRunning__Output>
        ContainerStateTerminated: MessageTypeDefinition<_skiff_core_v1_ContainerStateTerminated, _skiff_core_v1_ContainerStateTerminated__Output>
        ContainerStateWaiting: MessageTypeDefinition<_skiff_core_v1_ContainerStateWaiting, _skiff_core_v1_ContainerStateWaiting__Output>
        ContainerStatus: MessageTypeDefinition<_skiff_core_v1_ContainerStatus, _skiff_core_v1_ContainerStatus__Output>
        DownwardAPIProjection: MessageTypeDefinition<_skiff_core_v1_DownwardAPIProjection, _skiff_core_v1_DownwardAPIProjection__Output>
        DownwardAPIVolumeFile: MessageTypeDefinition<_skiff_core_v1_DownwardAPIVolumeFile, _skiff_core_v1_DownwardAPIVolumeFile__Output>
        DownwardAPIVolumeSource: MessageTypeDefinition<_skiff_core_v1_DownwardAPIVolumeSource, _skiff_core_v1_DownwardAPIVolumeSource__Output>
        EmptyDirVolumeSource: MessageTypeDefinition<_skiff_core_v1_EmptyDirVolumeSource, _skiff_core_v1_EmptyDirVolumeSource__Output>
        EnvFromSource: MessageTypeDefinition<_skiff_core_v1_EnvFromSource, _skiff_core_v1_EnvFromSource__Output>
        EnvVar: MessageTypeDefinition<_skiff_core_v1_EnvVar, _skiff_core_v1_EnvVar__Output>
        EnvVarSource: MessageTypeDefinition<_skiff_core_v1_EnvVarSource, _skiff_core_v1_EnvVarSource__Output>
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
        LocalObjectReference: MessageTypeDefinition<_skiff_core_v1_LocalObjectReference, _skiff_core_v1_LocalObjectReference__Output>
        NodeAffinity: MessageTypeDefinition<_skiff_core_v1_NodeAffinity, _skiff_core_v1_NodeAffinity__Output>
        NodeSelector: MessageTypeDefinition<_skiff_core_v1_NodeSelector, _skiff_core_v1_NodeSelector__Output>
        NodeSelectorRequirement: MessageTypeDefinition<_skiff_core_v1_NodeSelectorRequirement, _skiff_core_v1_NodeSelectorRequirement__Output>
        NodeSelectorTerm: MessageTypeDefinition<_skiff_core_v1_NodeSelectorTerm, _skiff_core_v1_NodeSelectorTerm__Output>
        ObjectFieldSelector: MessageTypeDefinition<_skiff_core_v1_ObjectFieldSelector, _skiff_core_v1_ObjectFieldSelector__Output>
        ObjectReference: MessageTypeDefinition<_skiff_core_v1_ObjectReference, _skiff_core_v1_ObjectReference__Output>
        PersistentVolumeClaimVolumeSource: MessageTypeDefinition<_skiff_core_v1_PersistentVolumeClaimVolumeSource, _skiff_core_v1_PersistentVolumeClaimVolumeSource__Output>
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
        PreferredSchedulingTerm: MessageTypeDefinition<_skiff_core_v1_PreferredSchedulingTerm, _skiff_core_v1_PreferredSchedulingTerm__Output>
        Probe: MessageTypeDefinition<_skiff_core_v1_Probe, _skiff_core_v1_Probe__Output>
        ProjectedVolumeSource: MessageTypeDefinition<_skiff_core_v1_ProjectedVolumeSource, _skiff_core_v1_ProjectedVolumeSource__Output>
        ResourceClaim: MessageTypeDefinition<_skiff_core_v1_ResourceClaim, _skiff_core_v1_ResourceClaim__Output>
        ResourceFieldSelector: MessageTypeDefinition<_skiff_core_v1_ResourceFieldSelector, _skiff_core_v1_ResourceFieldSelector__Output>
        ResourceRequirements: MessageTypeDefinition<_skiff_core_v1_ResourceRequirements, _skiff_core_v1_ResourceRequirements__Output>
        SeccompProfile: MessageTypeDefinition<_skiff_core_v1_SeccompProfile, _skiff_core_v1_SeccompProfile__Output>
        SecretEnvSource: MessageTypeDefinition<_skiff_core_v1_SecretEnvSource, _skiff_core_v1_SecretEnvSource__Output>
        SecretKeySelector: MessageTypeDefinition<_skiff_core_v1_SecretKeySelector, _skiff_core_v1_SecretKeySelector__Output>
        SecretProjection: MessageTypeDefinition<_skiff_core_v1_SecretProjection, _skiff_core_v1_SecretProjection__Output>
        SecretVolumeSource: MessageTypeDefinition<_skiff_core_v1_SecretVolumeSource, _skiff_core_v1_SecretVolumeSource__Output>
        SecurityContext: MessageTypeDefinition<_skiff_core_v1_SecurityContext, _skiff_core_v1_SecurityContext__Output>
        ServiceAccountTokenProjection: MessageTypeDefinition<_skiff_core_v1_ServiceAccountTokenProjection, _skiff_core_v1_ServiceAccountTokenProjection__Output>
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
        VolumeProjection: MessageTypeDefinition<_skiff_core_v1_VolumeProjection, _skiff_core_v1_VolumeProjection__Output>
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
  }
}

