/**
 * The controller registry: every controller the controller manager can run, by the name
 * `--controllers` uses, as a factory. Adding a controller is one more line in CONTROLLERS.
 * `--controllers` follows kube-controller-manager: `*` turns on every controller that is on by
 * default, `foo` turns foo on, `-foo` turns it off, and the first entry naming a controller wins.
 */
import type { Clock } from '../clock/index.js';
import type { Logger } from '../cli/index.js';
import type { Clientset, SharedInformerFactory } from '../client/index.js';
import { GARBAGE_COLLECTOR_NAME, GarbageCollector } from '../controllers/garbagecollector/index.js';
import { NAMESPACE_CONTROLLER_NAME, NamespaceController } from '../controllers/namespace/index.js';

/** What a controller factory is handed: the shared client and informers, and the manager's settings. */
export interface ControllerContext {
  readonly clientset: Clientset;
  /** Shared by every controller of one leadership term; started after every factory has run. */
  readonly informerFactory: SharedInformerFactory;
  /** Workers per controller, from `--concurrent-<name>-syncs`. */
  readonly concurrentSyncs: Readonly<Record<string, number>>;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A constructed controller: runs until its signal aborts. */
export interface RunnableController {
  run(signal: AbortSignal): Promise<void>;
}

/** Builds a controller; it asks the informer factory for what it watches. */
export type ControllerFactory = (ctx: ControllerContext) => RunnableController;

/** Every controller, by name. */
export const CONTROLLERS: Readonly<Record<string, ControllerFactory>> = {
  [GARBAGE_COLLECTOR_NAME]: (ctx) =>
    new GarbageCollector({ clientset: ctx.clientset, informerFactory: ctx.informerFactory, workers: ctx.concurrentSyncs[GARBAGE_COLLECTOR_NAME], clock: ctx.clock, logger: ctx.logger }),
  [NAMESPACE_CONTROLLER_NAME]: (ctx) =>
    new NamespaceController({ clientset: ctx.clientset, informerFactory: ctx.informerFactory, workers: ctx.concurrentSyncs[NAMESPACE_CONTROLLER_NAME], clock: ctx.clock, logger: ctx.logger }),
};

/** Controllers that `*` leaves off (none yet). */
export const DISABLED_BY_DEFAULT: ReadonlySet<string> = new Set<string>();

/** The rule an entry of `--controllers` breaks, or undefined when it is `*`, a known name or `-` and a known name. */
export function validateControllerEntry(entry: string, known: readonly string[] = Object.keys(CONTROLLERS)): string | undefined {
  if (entry === '*') return undefined;
  const name = entry.startsWith('-') ? entry.slice(1) : entry;
  if (known.includes(name)) return undefined;
  return `is not a known controller (known: ${[...known].sort().join(', ')})`;
}

/** Whether `--controllers` (as a list) turns `name` on. */
export function isControllerEnabled(name: string, controllers: readonly string[], disabledByDefault: ReadonlySet<string> = DISABLED_BY_DEFAULT): boolean {
  let star = false;
  for (const entry of controllers) {
    if (entry === name) return true;
    if (entry === `-${name}`) return false;
    if (entry === '*') star = true;
  }
  return star && !disabledByDefault.has(name);
}

/** The names `--controllers` turns on, in registry order. */
export function enabledControllers(controllers: readonly string[], known: readonly string[] = Object.keys(CONTROLLERS)): string[] {
  return known.filter((name) => isControllerEnabled(name, controllers));
}
