// Original file: proto/core/v1/event.proto


/**
 * EventSeries counts repeats of an event after its first occurrence.
 */
export interface EventSeries {
  'count'?: (number);
  /**
   * With microseconds (RFC 3339).
   */
  'lastObservedTime'?: (string);
  '_count'?: "count";
  '_lastObservedTime'?: "lastObservedTime";
}

/**
 * EventSeries counts repeats of an event after its first occurrence.
 */
export interface EventSeries__Output {
  'count'?: (number);
  /**
   * With microseconds (RFC 3339).
   */
  'lastObservedTime'?: (string);
}
