// Original file: proto/api/v1/api.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BindRequest as _skiff_api_v1_BindRequest, BindRequest__Output as _skiff_api_v1_BindRequest__Output } from '../../../skiff/api/v1/BindRequest.js';
import type { CreateRequest as _skiff_api_v1_CreateRequest, CreateRequest__Output as _skiff_api_v1_CreateRequest__Output } from '../../../skiff/api/v1/CreateRequest.js';
import type { DeleteCollectionRequest as _skiff_api_v1_DeleteCollectionRequest, DeleteCollectionRequest__Output as _skiff_api_v1_DeleteCollectionRequest__Output } from '../../../skiff/api/v1/DeleteCollectionRequest.js';
import type { DeleteRequest as _skiff_api_v1_DeleteRequest, DeleteRequest__Output as _skiff_api_v1_DeleteRequest__Output } from '../../../skiff/api/v1/DeleteRequest.js';
import type { DeleteResponse as _skiff_api_v1_DeleteResponse, DeleteResponse__Output as _skiff_api_v1_DeleteResponse__Output } from '../../../skiff/api/v1/DeleteResponse.js';
import type { DiscoveryRequest as _skiff_api_v1_DiscoveryRequest, DiscoveryRequest__Output as _skiff_api_v1_DiscoveryRequest__Output } from '../../../skiff/api/v1/DiscoveryRequest.js';
import type { DiscoveryResponse as _skiff_api_v1_DiscoveryResponse, DiscoveryResponse__Output as _skiff_api_v1_DiscoveryResponse__Output } from '../../../skiff/api/v1/DiscoveryResponse.js';
import type { EvictRequest as _skiff_api_v1_EvictRequest, EvictRequest__Output as _skiff_api_v1_EvictRequest__Output } from '../../../skiff/api/v1/EvictRequest.js';
import type { GetRequest as _skiff_api_v1_GetRequest, GetRequest__Output as _skiff_api_v1_GetRequest__Output } from '../../../skiff/api/v1/GetRequest.js';
import type { GetScaleRequest as _skiff_api_v1_GetScaleRequest, GetScaleRequest__Output as _skiff_api_v1_GetScaleRequest__Output } from '../../../skiff/api/v1/GetScaleRequest.js';
import type { ListRequest as _skiff_api_v1_ListRequest, ListRequest__Output as _skiff_api_v1_ListRequest__Output } from '../../../skiff/api/v1/ListRequest.js';
import type { ListResponse as _skiff_api_v1_ListResponse, ListResponse__Output as _skiff_api_v1_ListResponse__Output } from '../../../skiff/api/v1/ListResponse.js';
import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';
import type { PatchRequest as _skiff_api_v1_PatchRequest, PatchRequest__Output as _skiff_api_v1_PatchRequest__Output } from '../../../skiff/api/v1/PatchRequest.js';
import type { Scale as _skiff_autoscaling_v1_Scale, Scale__Output as _skiff_autoscaling_v1_Scale__Output } from '../../../skiff/autoscaling/v1/Scale.js';
import type { UpdateRequest as _skiff_api_v1_UpdateRequest, UpdateRequest__Output as _skiff_api_v1_UpdateRequest__Output } from '../../../skiff/api/v1/UpdateRequest.js';
import type { UpdateResponse as _skiff_api_v1_UpdateResponse, UpdateResponse__Output as _skiff_api_v1_UpdateResponse__Output } from '../../../skiff/api/v1/UpdateResponse.js';
import type { UpdateScaleRequest as _skiff_api_v1_UpdateScaleRequest, UpdateScaleRequest__Output as _skiff_api_v1_UpdateScaleRequest__Output } from '../../../skiff/api/v1/UpdateScaleRequest.js';
import type { WatchEvents as _skiff_api_v1_WatchEvents, WatchEvents__Output as _skiff_api_v1_WatchEvents__Output } from '../../../skiff/api/v1/WatchEvents.js';
import type { WatchRequest as _skiff_api_v1_WatchRequest, WatchRequest__Output as _skiff_api_v1_WatchRequest__Output } from '../../../skiff/api/v1/WatchRequest.js';

/**
 * Api is the API server: CRUD and watch of every kind, and its subresources.
 */
export interface ApiClient extends grpc.Client {
  Bind(argument: _skiff_api_v1_BindRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Bind(argument: _skiff_api_v1_BindRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Bind(argument: _skiff_api_v1_BindRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Bind(argument: _skiff_api_v1_BindRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  bind(argument: _skiff_api_v1_BindRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  bind(argument: _skiff_api_v1_BindRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  bind(argument: _skiff_api_v1_BindRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  bind(argument: _skiff_api_v1_BindRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  
  Create(argument: _skiff_api_v1_CreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Create(argument: _skiff_api_v1_CreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Create(argument: _skiff_api_v1_CreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Create(argument: _skiff_api_v1_CreateRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  create(argument: _skiff_api_v1_CreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  create(argument: _skiff_api_v1_CreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  create(argument: _skiff_api_v1_CreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  create(argument: _skiff_api_v1_CreateRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  
  Delete(argument: _skiff_api_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _skiff_api_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _skiff_api_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _skiff_api_v1_DeleteRequest, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _skiff_api_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _skiff_api_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _skiff_api_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _skiff_api_v1_DeleteRequest, callback: grpc.requestCallback<_skiff_api_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  DeleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  DeleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  DeleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  deleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  deleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  deleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  deleteCollection(argument: _skiff_api_v1_DeleteCollectionRequest, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  
  Discovery(argument: _skiff_api_v1_DiscoveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  Discovery(argument: _skiff_api_v1_DiscoveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  Discovery(argument: _skiff_api_v1_DiscoveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  Discovery(argument: _skiff_api_v1_DiscoveryRequest, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  discovery(argument: _skiff_api_v1_DiscoveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  discovery(argument: _skiff_api_v1_DiscoveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  discovery(argument: _skiff_api_v1_DiscoveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  discovery(argument: _skiff_api_v1_DiscoveryRequest, callback: grpc.requestCallback<_skiff_api_v1_DiscoveryResponse__Output>): grpc.ClientUnaryCall;
  
  Evict(argument: _skiff_api_v1_EvictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Evict(argument: _skiff_api_v1_EvictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Evict(argument: _skiff_api_v1_EvictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Evict(argument: _skiff_api_v1_EvictRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  evict(argument: _skiff_api_v1_EvictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  evict(argument: _skiff_api_v1_EvictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  evict(argument: _skiff_api_v1_EvictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  evict(argument: _skiff_api_v1_EvictRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  
  Get(argument: _skiff_api_v1_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Get(argument: _skiff_api_v1_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Get(argument: _skiff_api_v1_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Get(argument: _skiff_api_v1_GetRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  get(argument: _skiff_api_v1_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  get(argument: _skiff_api_v1_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  get(argument: _skiff_api_v1_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  get(argument: _skiff_api_v1_GetRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  
  GetScale(argument: _skiff_api_v1_GetScaleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  GetScale(argument: _skiff_api_v1_GetScaleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  GetScale(argument: _skiff_api_v1_GetScaleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  GetScale(argument: _skiff_api_v1_GetScaleRequest, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  getScale(argument: _skiff_api_v1_GetScaleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  getScale(argument: _skiff_api_v1_GetScaleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  getScale(argument: _skiff_api_v1_GetScaleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  getScale(argument: _skiff_api_v1_GetScaleRequest, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  
  List(argument: _skiff_api_v1_ListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _skiff_api_v1_ListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _skiff_api_v1_ListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _skiff_api_v1_ListRequest, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _skiff_api_v1_ListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _skiff_api_v1_ListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _skiff_api_v1_ListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _skiff_api_v1_ListRequest, callback: grpc.requestCallback<_skiff_api_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  
  Patch(argument: _skiff_api_v1_PatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Patch(argument: _skiff_api_v1_PatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Patch(argument: _skiff_api_v1_PatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  Patch(argument: _skiff_api_v1_PatchRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  patch(argument: _skiff_api_v1_PatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  patch(argument: _skiff_api_v1_PatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  patch(argument: _skiff_api_v1_PatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  patch(argument: _skiff_api_v1_PatchRequest, callback: grpc.requestCallback<_skiff_api_v1_Object__Output>): grpc.ClientUnaryCall;
  
  Update(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  Update(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  Update(argument: _skiff_api_v1_UpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  Update(argument: _skiff_api_v1_UpdateRequest, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  update(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  update(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  update(argument: _skiff_api_v1_UpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  update(argument: _skiff_api_v1_UpdateRequest, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateScale(argument: _skiff_api_v1_UpdateScaleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  UpdateScale(argument: _skiff_api_v1_UpdateScaleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  UpdateScale(argument: _skiff_api_v1_UpdateScaleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  UpdateScale(argument: _skiff_api_v1_UpdateScaleRequest, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  updateScale(argument: _skiff_api_v1_UpdateScaleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  updateScale(argument: _skiff_api_v1_UpdateScaleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  updateScale(argument: _skiff_api_v1_UpdateScaleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  updateScale(argument: _skiff_api_v1_UpdateScaleRequest, callback: grpc.requestCallback<_skiff_autoscaling_v1_Scale__Output>): grpc.ClientUnaryCall;
  
  UpdateStatus(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  UpdateStatus(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  UpdateStatus(argument: _skiff_api_v1_UpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  UpdateStatus(argument: _skiff_api_v1_UpdateRequest, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  updateStatus(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  updateStatus(argument: _skiff_api_v1_UpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  updateStatus(argument: _skiff_api_v1_UpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  updateStatus(argument: _skiff_api_v1_UpdateRequest, callback: grpc.requestCallback<_skiff_api_v1_UpdateResponse__Output>): grpc.ClientUnaryCall;
  
  Watch(argument: _skiff_api_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_skiff_api_v1_WatchEvents__Output>;
  Watch(argument: _skiff_api_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_skiff_api_v1_WatchEvents__Output>;
  watch(argument: _skiff_api_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_skiff_api_v1_WatchEvents__Output>;
  watch(argument: _skiff_api_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_skiff_api_v1_WatchEvents__Output>;
  
}

/**
 * Api is the API server: CRUD and watch of every kind, and its subresources.
 */
export interface ApiHandlers extends grpc.UntypedServiceImplementation {
  Bind: grpc.handleUnaryCall<_skiff_api_v1_BindRequest__Output, _skiff_api_v1_Object>;
  
  Create: grpc.handleUnaryCall<_skiff_api_v1_CreateRequest__Output, _skiff_api_v1_Object>;
  
  Delete: grpc.handleUnaryCall<_skiff_api_v1_DeleteRequest__Output, _skiff_api_v1_DeleteResponse>;
  
  DeleteCollection: grpc.handleUnaryCall<_skiff_api_v1_DeleteCollectionRequest__Output, _skiff_api_v1_ListResponse>;
  
  Discovery: grpc.handleUnaryCall<_skiff_api_v1_DiscoveryRequest__Output, _skiff_api_v1_DiscoveryResponse>;
  
  Evict: grpc.handleUnaryCall<_skiff_api_v1_EvictRequest__Output, _skiff_api_v1_Object>;
  
  Get: grpc.handleUnaryCall<_skiff_api_v1_GetRequest__Output, _skiff_api_v1_Object>;
  
  GetScale: grpc.handleUnaryCall<_skiff_api_v1_GetScaleRequest__Output, _skiff_autoscaling_v1_Scale>;
  
  List: grpc.handleUnaryCall<_skiff_api_v1_ListRequest__Output, _skiff_api_v1_ListResponse>;
  
  Patch: grpc.handleUnaryCall<_skiff_api_v1_PatchRequest__Output, _skiff_api_v1_Object>;
  
  Update: grpc.handleUnaryCall<_skiff_api_v1_UpdateRequest__Output, _skiff_api_v1_UpdateResponse>;
  
  UpdateScale: grpc.handleUnaryCall<_skiff_api_v1_UpdateScaleRequest__Output, _skiff_autoscaling_v1_Scale>;
  
  UpdateStatus: grpc.handleUnaryCall<_skiff_api_v1_UpdateRequest__Output, _skiff_api_v1_UpdateResponse>;
  
  Watch: grpc.handleServerStreamingCall<_skiff_api_v1_WatchRequest__Output, _skiff_api_v1_WatchEvents>;
  
}

export interface ApiDefinition extends grpc.ServiceDefinition {
  Bind: MethodDefinition<_skiff_api_v1_BindRequest, _skiff_api_v1_Object, _skiff_api_v1_BindRequest__Output, _skiff_api_v1_Object__Output>
  Create: MethodDefinition<_skiff_api_v1_CreateRequest, _skiff_api_v1_Object, _skiff_api_v1_CreateRequest__Output, _skiff_api_v1_Object__Output>
  Delete: MethodDefinition<_skiff_api_v1_DeleteRequest, _skiff_api_v1_DeleteResponse, _skiff_api_v1_DeleteRequest__Output, _skiff_api_v1_DeleteResponse__Output>
  DeleteCollection: MethodDefinition<_skiff_api_v1_DeleteCollectionRequest, _skiff_api_v1_ListResponse, _skiff_api_v1_DeleteCollectionRequest__Output, _skiff_api_v1_ListResponse__Output>
  Discovery: MethodDefinition<_skiff_api_v1_DiscoveryRequest, _skiff_api_v1_DiscoveryResponse, _skiff_api_v1_DiscoveryRequest__Output, _skiff_api_v1_DiscoveryResponse__Output>
  Evict: MethodDefinition<_skiff_api_v1_EvictRequest, _skiff_api_v1_Object, _skiff_api_v1_EvictRequest__Output, _skiff_api_v1_Object__Output>
  Get: MethodDefinition<_skiff_api_v1_GetRequest, _skiff_api_v1_Object, _skiff_api_v1_GetRequest__Output, _skiff_api_v1_Object__Output>
  GetScale: MethodDefinition<_skiff_api_v1_GetScaleRequest, _skiff_autoscaling_v1_Scale, _skiff_api_v1_GetScaleRequest__Output, _skiff_autoscaling_v1_Scale__Output>
  List: MethodDefinition<_skiff_api_v1_ListRequest, _skiff_api_v1_ListResponse, _skiff_api_v1_ListRequest__Output, _skiff_api_v1_ListResponse__Output>
  Patch: MethodDefinition<_skiff_api_v1_PatchRequest, _skiff_api_v1_Object, _skiff_api_v1_PatchRequest__Output, _skiff_api_v1_Object__Output>
  Update: MethodDefinition<_skiff_api_v1_UpdateRequest, _skiff_api_v1_UpdateResponse, _skiff_api_v1_UpdateRequest__Output, _skiff_api_v1_UpdateResponse__Output>
  UpdateScale: MethodDefinition<_skiff_api_v1_UpdateScaleRequest, _skiff_autoscaling_v1_Scale, _skiff_api_v1_UpdateScaleRequest__Output, _skiff_autoscaling_v1_Scale__Output>
  UpdateStatus: MethodDefinition<_skiff_api_v1_UpdateRequest, _skiff_api_v1_UpdateResponse, _skiff_api_v1_UpdateRequest__Output, _skiff_api_v1_UpdateResponse__Output>
  Watch: MethodDefinition<_skiff_api_v1_WatchRequest, _skiff_api_v1_WatchEvents, _skiff_api_v1_WatchRequest__Output, _skiff_api_v1_WatchEvents__Output>
}
