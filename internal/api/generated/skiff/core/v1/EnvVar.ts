// Original file: proto/core/v1/container.proto

import type { EnvVarSource as _skiff_core_v1_EnvVarSource, EnvVarSource__Output as _skiff_core_v1_EnvVarSource__Output } from '../../../skiff/core/v1/EnvVarSource.js';

/**
 * EnvVar is one environment variable, given literally or read from elsewhere.
 */
export interface EnvVar {
  'name'?: (string);
  /**
   * A literal value; $(VAR) references to earlier variables are expanded.
   */
  'value'?: (string);
  'valueFrom'?: (_skiff_core_v1_EnvVarSource | null);
  '_name'?: "name";
  '_value'?: "value";
  '_valueFrom'?: "valueFrom";
}

/**
 * EnvVar is one environment variable, given literally or read from elsewhere.
 */
export interface EnvVar__Output {
  'name'?: (string);
  /**
   * A literal value; $(VAR) references to earlier variables are expanded.
   */
  'value'?: (string);
  'valueFrom'?: (_skiff_core_v1_EnvVarSource__Output);
}
