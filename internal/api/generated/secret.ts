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
import type { Secret as _skiff_core_v1_Secret, Secret__Output as _skiff_core_v1_Secret__Output } from './skiff/core/v1/Secret.js';
import type { SecretList as _skiff_core_v1_SecretList, SecretList__Output as _skiff_core_v1_SecretList__Output } from './skiff/core/v1/SecretList.js';
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
    core: {
      v1: {
        Secret: MessageTypeDefinition<_skiff_core_v1_Secret, _skiff_core_v1_Secret__Output>
        SecretList: MessageTypeDefinition<_skiff_core_v1_SecretList, _skiff_core_v1_SecretList__Output>
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

