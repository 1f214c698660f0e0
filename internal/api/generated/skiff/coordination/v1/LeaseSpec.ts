// Original file: proto/coordination/v1/lease.proto


/**
 * LeaseSpec: the holder, the term and the history of the lease.
 */
export interface LeaseSpec {
  /**
   * The identity of the current holder.
   */
  'holderIdentity'?: (string);
  /**
   * Seconds after renewTime that a candidate must wait before taking the lease over.
   */
  'leaseDurationSeconds'?: (number);
  /**
   * When the current holder acquired the lease (RFC 3339 with microseconds).
   */
  'acquireTime'?: (string);
  /**
   * When the current holder last renewed the lease (RFC 3339 with microseconds).
   */
  'renewTime'?: (string);
  /**
   * How many times the lease has changed holders.
   */
  'leaseTransitions'?: (number);
  /**
   * The coordinated leader election strategy for choosing the next holder ("OldestEmulationVersion").
   */
  'strategy'?: (string);
  /**
   * A candidate the coordinator would like to hold the lease next; the holder should step down for it.
   */
  'preferredHolder'?: (string);
  '_holderIdentity'?: "holderIdentity";
  '_leaseDurationSeconds'?: "leaseDurationSeconds";
  '_acquireTime'?: "acquireTime";
  '_renewTime'?: "renewTime";
  '_leaseTransitions'?: "leaseTransitions";
  '_strategy'?: "strategy";
  '_preferredHolder'?: "preferredHolder";
}

/**
 * LeaseSpec: the holder, the term and the history of the lease.
 */
export interface LeaseSpec__Output {
  /**
   * The identity of the current holder.
   */
  'holderIdentity'?: (string);
  /**
   * Seconds after renewTime that a candidate must wait before taking the lease over.
   */
  'leaseDurationSeconds'?: (number);
  /**
   * When the current holder acquired the lease (RFC 3339 with microseconds).
   */
  'acquireTime'?: (string);
  /**
   * When the current holder last renewed the lease (RFC 3339 with microseconds).
   */
  'renewTime'?: (string);
  /**
   * How many times the lease has changed holders.
   */
  'leaseTransitions'?: (number);
  /**
   * The coordinated leader election strategy for choosing the next holder ("OldestEmulationVersion").
   */
  'strategy'?: (string);
  /**
   * A candidate the coordinator would like to hold the lease next; the holder should step down for it.
   */
  'preferredHolder'?: (string);
}
