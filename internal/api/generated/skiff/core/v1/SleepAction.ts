// Original file: proto/core/v1/container.proto

import type { Long } from '@grpc/proto-loader';

/**
 * SleepAction waits a number of seconds.
 */
export interface SleepAction {
  'seconds'?: (number | string | Long);
  '_seconds'?: "seconds";
}

/**
 * SleepAction waits a number of seconds.
 */
export interface SleepAction__Output {
  'seconds'?: (number);
}
