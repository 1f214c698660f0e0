/**
 * labels: Kubernetes label selectors (k8s.io/apimachinery/pkg/labels). Parse the string form or
 * convert a metav1 LabelSelector into a Selector, match it against an object's labels, print it in
 * canonical form, and read its requirements (or the one value it pins a key to) so a cache can
 * index by them. Parsing and conversion return a result with Kubernetes' message; nothing throws.
 */
export {
  type Operator,
  type Labels,
  type RequirementResult,
  BINARY_OPERATORS,
  UNARY_OPERATORS,
  Requirement,
  newRequirement,
} from './requirement.js';
export {
  type Selector,
  everything,
  nothing,
  selectorFromRequirements,
  selectorFromSet,
  validatedSelectorFromSet,
} from './selector.js';
export { type ParseSelectorResult, parseSelector } from './parse-selector.js';
export {
  type LabelSelector,
  type LabelSelectorRequirement,
  type LabelSelectorResult,
  labelSelectorAsSelector,
  validateLabelSelector,
  validateLabelSelectorRequirement,
} from './label-selector.js';
