// Original file: proto/api/v1/api.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';

export interface ListResponse {
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_api_v1_Object)[];
  '_metadata'?: "metadata";
}

export interface ListResponse__Output {
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_api_v1_Object__Output)[];
}
