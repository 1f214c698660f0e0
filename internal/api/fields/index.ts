/**
 * fields: Kubernetes field selectors (k8s.io/apimachinery/pkg/fields). Parse `a=b,c!=d` (values
 * escaped with `\`), match against an object through a field getter the caller supplies, print the
 * canonical form, and read the value a selector pins a field to, so a cache can index by it (pods
 * by spec.nodeName). Which fields a kind supports is the registry's business, not this package's.
 */
export {
  type FieldGetter,
  type FieldOperator,
  type FieldRequirement,
  type FieldSelector,
  type TransformFunc,
  type TransformResult,
  everythingFields,
  nothingFields,
  oneTermEqualSelector,
  oneTermNotEqualSelector,
  fieldSelectorFromRequirements,
  fieldSelectorFromSet,
  andSelectors,
} from './field-selector.js';
export { type ParseFieldSelectorResult, parseFieldSelector, parseAndTransformFieldSelector } from './parse-field-selector.js';
export { type UnescapeResult, escapeValue, unescapeValue } from './escape.js';
