/**
 * validation/autoscaling: the autoscaling/v1 Scale body of the `scale` subresource of Deployments,
 * ReplicaSets and StatefulSets. Returns field errors worded as Kubernetes words them; never throws.
 */
export { validateScale } from './scale.js';
