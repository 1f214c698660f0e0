// Original file: proto/core/v1/event.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';
import type { EventSource as _skiff_core_v1_EventSource, EventSource__Output as _skiff_core_v1_EventSource__Output } from '../../../skiff/core/v1/EventSource.js';
import type { EventSeries as _skiff_core_v1_EventSeries, EventSeries__Output as _skiff_core_v1_EventSeries__Output } from '../../../skiff/core/v1/EventSeries.js';

/**
 * Event records an occurrence concerning an object; repeats are counted on one event.
 */
export interface Event {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * The object the event is about.
   */
  'involvedObject'?: (_skiff_core_v1_ObjectReference | null);
  /**
   * Why it happened, as a short CamelCase word (Scheduled, Pulled, BackOff, ...).
   */
  'reason'?: (string);
  /**
   * What happened, for people.
   */
  'message'?: (string);
  /**
   * The component that reported it.
   */
  'source'?: (_skiff_core_v1_EventSource | null);
  /**
   * When it was first seen (RFC 3339).
   */
  'firstTimestamp'?: (string);
  /**
   * When it was most recently seen (RFC 3339).
   */
  'lastTimestamp'?: (string);
  /**
   * How many times it has been seen.
   */
  'count'?: (number);
  /**
   * Normal or Warning.
   */
  'type'?: (string);
  /**
   * When it was first seen, with microseconds (RFC 3339).
   */
  'eventTime'?: (string);
  /**
   * Newer-style aggregation of repeats; absent for a single occurrence.
   */
  'series'?: (_skiff_core_v1_EventSeries | null);
  /**
   * What the reporter did or failed to do (Binding, Killing, ...).
   */
  'action'?: (string);
  /**
   * A second object involved, if any.
   */
  'related'?: (_skiff_core_v1_ObjectReference | null);
  /**
   * The controller that emitted the event (kubelet, default-scheduler, ...).
   */
  'reportingComponent'?: (string);
  /**
   * The instance of that controller (a host or pod name).
   */
  'reportingInstance'?: (string);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_involvedObject'?: "involvedObject";
  '_reason'?: "reason";
  '_message'?: "message";
  '_source'?: "source";
  '_firstTimestamp'?: "firstTimestamp";
  '_lastTimestamp'?: "lastTimestamp";
  '_count'?: "count";
  '_type'?: "type";
  '_eventTime'?: "eventTime";
  '_series'?: "series";
  '_action'?: "action";
  '_related'?: "related";
  '_reportingComponent'?: "reportingComponent";
  '_reportingInstance'?: "reportingInstance";
}

/**
 * Event records an occurrence concerning an object; repeats are counted on one event.
 */
export interface Event__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * The object the event is about.
   */
  'involvedObject'?: (_skiff_core_v1_ObjectReference__Output);
  /**
   * Why it happened, as a short CamelCase word (Scheduled, Pulled, BackOff, ...).
   */
  'reason'?: (string);
  /**
   * What happened, for people.
   */
  'message'?: (string);
  /**
   * The component that reported it.
   */
  'source'?: (_skiff_core_v1_EventSource__Output);
  /**
   * When it was first seen (RFC 3339).
   */
  'firstTimestamp'?: (string);
  /**
   * When it was most recently seen (RFC 3339).
   */
  'lastTimestamp'?: (string);
  /**
   * How many times it has been seen.
   */
  'count'?: (number);
  /**
   * Normal or Warning.
   */
  'type'?: (string);
  /**
   * When it was first seen, with microseconds (RFC 3339).
   */
  'eventTime'?: (string);
  /**
   * Newer-style aggregation of repeats; absent for a single occurrence.
   */
  'series'?: (_skiff_core_v1_EventSeries__Output);
  /**
   * What the reporter did or failed to do (Binding, Killing, ...).
   */
  'action'?: (string);
  /**
   * A second object involved, if any.
   */
  'related'?: (_skiff_core_v1_ObjectReference__Output);
  /**
   * The controller that emitted the event (kubelet, default-scheduler, ...).
   */
  'reportingComponent'?: (string);
  /**
   * The instance of that controller (a host or pod name).
   */
  'reportingInstance'?: (string);
}
