/**
 * The flags of `skiff-controller-manager`, kube-controller-manager's names and defaults.
 */
import { defineFlags, type CommonFlags, type FlagOptions } from '../cli/index.js';
import { validateControllerEntry } from './controller-registry.js';

/** Every flag of the controller manager except the common ones. */
export const CONTROLLER_MANAGER_FLAGS = defineFlags({
  kubeconfig: { type: 'string', help: 'path to a kubeconfig (default: $KUBECONFIG, else ~/.kube/config)' },
  context: { type: 'string', help: 'the kubeconfig context to use (default: its current-context)' },
  server: { type: 'string', help: "the API server's gRPC address HOST:PORT; overrides the kubeconfig" },
  controllers: {
    type: 'stringList',
    default: ['*'],
    validate: (entry: string) => validateControllerEntry(entry),
    help: "controllers to run: '*' for all on by default, 'foo' to enable foo, '-foo' to disable it",
  },
  'concurrent-garbage-collector-syncs': { type: 'int', default: 20, min: 1, help: 'garbage collector workers' },
  'concurrent-namespace-syncs': { type: 'int', default: 10, min: 1, help: 'namespaces synced at once' },
  'leader-elect': { type: 'bool', default: true, help: 'run controllers only while holding the leader lease' },
  'leader-elect-lease-duration': { type: 'duration', default: '15s', help: 'how long a lease stays valid without renewal' },
  'leader-elect-renew-deadline': { type: 'duration', default: '10s', help: 'how long the leader keeps trying to renew before it steps down' },
  'leader-elect-retry-period': { type: 'duration', default: '2s', help: 'how often candidates try to acquire and the leader renews' },
  'leader-elect-resource-namespace': { type: 'string', default: 'kube-system', help: 'namespace of the leader Lease' },
  'leader-elect-resource-name': { type: 'string', default: 'skiff-controller-manager', help: 'name of the leader Lease' },
});

/** The parsed flags. */
export type ControllerManagerFlags = FlagOptions<typeof CONTROLLER_MANAGER_FLAGS & CommonFlags>;
