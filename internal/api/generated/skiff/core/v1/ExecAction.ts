// Original file: proto/core/v1/container.proto


/**
 * ExecAction runs a command inside the container (not through a shell).
 */
export interface ExecAction {
  'command'?: (string)[];
}

/**
 * ExecAction runs a command inside the container (not through a shell).
 */
export interface ExecAction__Output {
  'command'?: (string)[];
}
