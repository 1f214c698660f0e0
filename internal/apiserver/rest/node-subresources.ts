/**
 * Subresources that stream from a node's kubelet (Kubernetes' "connect" subresources), which Skiff
 * does not run yet: discovery lists them as the kinds table says, the resource handler answers them
 * with a clear 404, and the OpenAPI documents leave them out.
 */

/** The names of the subresources served by a node's kubelet. */
export const NODE_SUBRESOURCES: ReadonlySet<string> = new Set(['log', 'exec', 'attach', 'portforward', 'proxy']);
