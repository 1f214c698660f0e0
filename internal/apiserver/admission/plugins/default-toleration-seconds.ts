/**
 * DefaultTolerationSeconds: Kubernetes gives every pod 300 seconds on a node that turns not-ready
 * or unreachable before it is evicted, by adding NoExecute tolerations for those two taints unless
 * the pod already tolerates them. Updates get the same treatment, so a client resending its
 * original manifest does not look as if it removed the tolerations.
 */
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { Toleration__Output } from '../../../api/generated/skiff/core/v1/Toleration.js';
import type { AdmissionPlugin, AdmissionPluginFactory } from '../admission.js';

/** The plugin's name, as Kubernetes spells it. */
export const NAME = 'DefaultTolerationSeconds';

/** The taint a node controller puts on a node whose kubelet reports not ready. */
export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';

/** The taint a node controller puts on a node it no longer hears from. */
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';

/** Kubernetes' default for both tolerations (`--default-not-ready-toleration-seconds`). */
export const DEFAULT_TOLERATION_SECONDS = 300;

function tolerates(tolerations: readonly Toleration__Output[], key: string): boolean {
  // An empty key or effect matches every taint key or effect.
  return tolerations.some((t) => (!t.key || t.key === key) && (!t.effect || t.effect === 'NoExecute'));
}

/** The tolerations with the default not-ready and unreachable ones added where missing. */
export function withDefaultTolerations(tolerations: readonly Toleration__Output[], seconds = DEFAULT_TOLERATION_SECONDS): Toleration__Output[] {
  const out = [...tolerations];
  for (const key of [TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE]) {
    if (!tolerates(tolerations, key)) out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: seconds });
  }
  return out;
}

/** Builds the DefaultTolerationSeconds plugin. */
export const newDefaultTolerationSeconds: AdmissionPluginFactory = (): AdmissionPlugin => ({
  name: NAME,
  admit(attrs) {
    if (attrs.kind.group !== '' || attrs.kind.resource !== 'pods' || attrs.subresource !== '' || !attrs.object) return;
    if (attrs.operation !== 'CREATE' && attrs.operation !== 'UPDATE') return;
    const spec = ((attrs.object as Pod__Output).spec ??= {});
    const tolerations = withDefaultTolerations(spec.tolerations ?? []);
    if (tolerations.length !== (spec.tolerations?.length ?? 0)) spec.tolerations = tolerations;
  },
});
