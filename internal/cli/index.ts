/**
 * cli: what every Skiff binary shares at its edges. `runMain` parses flags (a declarative
 * `FlagSet`; the binary's flags plus `--log-format` and `-v`), builds the `Logger` (one line per
 * event on stderr, text or JSON, klog-style verbosity), turns the first SIGINT/SIGTERM into an
 * AbortSignal for `run()`, and maps the outcome to the exit code: 0 done, 1 failed, 2 bad command
 * line, 130/143 on a second signal. Servers print one ready line on stdout once bound (port 0 picks
 * a free port); `parseReadyLine` is its consumer side. Nothing here knows any Skiff API type.
 */
export {
  FlagSet,
  FlagError,
  defineFlags,
  type FlagDecl,
  type FlagDecls,
  type StringFlagDecl,
  type IntFlagDecl,
  type BoolFlagDecl,
  type DurationFlagDecl,
  type EnumFlagDecl,
  type StringListFlagDecl,
  type FlagValue,
  type FlagOptions,
  type FlagErrorCode,
  type FlagParseResult,
  type HelpOptions,
  type CamelCase,
} from './flag-set.js';
export { parseDuration, formatDuration } from './duration.js';
export {
  Logger,
  type LoggerOptions,
  type LogFormat,
  type LogLevel,
  type LogFields,
  type TextSink,
} from './logger.js';
export {
  runMain,
  COMMON_FLAGS,
  type CommonFlags,
  type ProcessLike,
  type RunContext,
  type RunFunction,
  type RunMainOptions,
  type ShutdownSignal,
} from './lifecycle.js';
export { formatReadyLine, printReady, parseReadyLine } from './ready-line.js';
export {
  parseListenAddress,
  validateListenAddress,
  formatListenAddress,
  type ListenAddress,
  type ListenAddressResult,
} from './listen-address.js';
