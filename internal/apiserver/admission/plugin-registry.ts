/**
 * The registry of admission plugins by Kubernetes' names, and the default chain in Kubernetes'
 * order (its `AllOrderedPlugins`, restricted to the plugins Skiff has).
 */
import { AdmissionChain, type AdmissionPluginFactory, type ObjectReader } from './admission.js';
import * as defaultStorageClass from './plugins/default-storage-class.js';
import * as defaultTolerationSeconds from './plugins/default-toleration-seconds.js';
import * as namespaceLifecycle from './plugins/namespace-lifecycle.js';
import * as priority from './plugins/priority.js';
import * as serviceAccount from './plugins/service-account.js';

/** Every admission plugin Skiff has, by name. */
export const ADMISSION_PLUGINS: ReadonlyMap<string, AdmissionPluginFactory> = new Map([
  [namespaceLifecycle.NAME, namespaceLifecycle.newNamespaceLifecycle],
  [serviceAccount.NAME, serviceAccount.newServiceAccount],
  [priority.NAME, priority.newPriority],
  [defaultTolerationSeconds.NAME, defaultTolerationSeconds.newDefaultTolerationSeconds],
  [defaultStorageClass.NAME, defaultStorageClass.newDefaultStorageClass],
]);

/** The plugins enabled by default, in the order Kubernetes runs them. */
export const DEFAULT_ADMISSION_PLUGINS: readonly string[] = Object.freeze([
  namespaceLifecycle.NAME,
  serviceAccount.NAME,
  priority.NAME,
  defaultTolerationSeconds.NAME,
  defaultStorageClass.NAME,
]);

/**
 * A chain of the named plugins, run in Kubernetes' order whatever order they are named in (as
 * `--enable-admission-plugins` does). Throws on an unknown name: that is a bad flag, caught at startup.
 */
export function newAdmissionChain(names: readonly string[], reader: ObjectReader): AdmissionChain {
  const unknown = names.filter((n) => !ADMISSION_PLUGINS.has(n));
  if (unknown.length > 0) {
    throw new Error(`unknown admission plugin(s): ${unknown.join(', ')} (known: ${[...ADMISSION_PLUGINS.keys()].join(', ')})`);
  }
  const wanted = new Set(names);
  const ordered = [...ADMISSION_PLUGINS.keys()].filter((n) => wanted.has(n));
  return new AdmissionChain(ordered.map((n) => ADMISSION_PLUGINS.get(n)!(reader)));
}

/** The default chain: NamespaceLifecycle, ServiceAccount, Priority, DefaultTolerationSeconds, DefaultStorageClass. */
export function defaultAdmissionChain(reader: ObjectReader): AdmissionChain {
  return newAdmissionChain(DEFAULT_ADMISSION_PLUGINS, reader);
}
