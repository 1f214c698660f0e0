// Original file: proto/core/v1/event.proto


/**
 * EventSource names the component, and the host it ran on, that reported an event.
 */
export interface EventSource {
  'component'?: (string);
  'host'?: (string);
  '_component'?: "component";
  '_host'?: "host";
}

/**
 * EventSource names the component, and the host it ran on, that reported an event.
 */
export interface EventSource__Output {
  'component'?: (string);
  'host'?: (string);
}
