/**
 * The flags every skiffctl command takes, as kubectl's persistent flags: which kubeconfig and
 * context, which namespace, and `--server` (a gRPC HOST:PORT) overriding the kubeconfig for one command.
 */
import { defineFlags } from '../cli/index.js';

/** kubectl's global flags that skiffctl honours. */
export const GLOBAL_FLAGS = defineFlags({
  kubeconfig: { type: 'string', help: 'path to the kubeconfig file to use' },
  context: { type: 'string', help: 'the name of the kubeconfig context to use' },
  namespace: { type: 'string', alias: 'n', help: 'the namespace scope for this request' },
  server: { type: 'string', alias: 's', help: 'the gRPC address (HOST:PORT) of the API server; overrides the kubeconfig' },
  'request-timeout': { type: 'duration', default: '30s', help: 'how long to wait for a single server call' },
});

/** The declarations of GLOBAL_FLAGS. */
export type GlobalFlags = typeof GLOBAL_FLAGS;

/** The global flags that take a value as the next argument (for finding the verb). */
export const GLOBAL_VALUE_FLAGS: ReadonlySet<string> = new Set(['--kubeconfig', '--context', '--namespace', '-n', '--server', '-s', '--request-timeout']);
