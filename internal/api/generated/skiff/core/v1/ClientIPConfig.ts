// Original file: proto/core/v1/service.proto


/**
 * ClientIPConfig tunes ClientIP session affinity.
 */
export interface ClientIPConfig {
  /**
   * How long a client sticks to its pod; 10800 (three hours) by default.
   */
  'timeoutSeconds'?: (number);
  '_timeoutSeconds'?: "timeoutSeconds";
}

/**
 * ClientIPConfig tunes ClientIP session affinity.
 */
export interface ClientIPConfig__Output {
  /**
   * How long a client sticks to its pod; 10800 (three hours) by default.
   */
  'timeoutSeconds'?: (number);
}
