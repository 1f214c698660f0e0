/**
 * resource: Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource). A Quantity is
 * an exact fixed-point amount (bigint nano-units, no floating point), parsed with Kubernetes'
 * grammar and error messages and printed in its canonical form. Parsing returns a result; only
 * `Quantity.mustParse`, meant for constants, throws.
 */
export {
  Quantity,
  type ParseQuantityResult,
  parseQuantity,
  ERR_FORMAT_WRONG,
  ERR_NUMERIC,
  ERR_SUFFIX,
} from './quantity.js';
export { type QuantityFormat, type SuffixMeaning, interpretSuffix } from './suffix.js';
