/**
 * controllermanager: `skiff-controller-manager`, the process that holds every controller. A
 * registry of controller factories by name (`--controllers`), shared informers per leadership
 * term, leader election on a Lease, and the run() that `cmd/skiff-controller-manager` calls.
 */
export { CONTROLLER_MANAGER_FLAGS, type ControllerManagerFlags } from './flags.js';
export { ControllerManager, runControllerManager, API_SERVER_WAIT_MS, INFORMER_SHUTDOWN_GRACE_MS, type ControllerManagerOptions } from './controller-manager.js';
export {
  CONTROLLERS,
  DISABLED_BY_DEFAULT,
  enabledControllers,
  isControllerEnabled,
  validateControllerEntry,
  type ControllerContext,
  type ControllerFactory,
  type RunnableController,
} from './controller-registry.js';
