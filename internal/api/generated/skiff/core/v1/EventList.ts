// Original file: proto/core/v1/event.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Event as _skiff_core_v1_Event, Event__Output as _skiff_core_v1_Event__Output } from '../../../skiff/core/v1/Event.js';

/**
 * EventList is a list of events.
 */
export interface EventList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Event)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * EventList is a list of events.
 */
export interface EventList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Event__Output)[];
}
