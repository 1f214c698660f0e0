/**
 * validation: the wire-independent primitives of Kubernetes' validation. A FieldPath names a field;
 * a FieldError is one failure, printed exactly as Kubernetes prints it and carrying the StatusCause
 * reason; the format validators return Kubernetes' own wording. Validators return error lists and
 * never throw: an empty list means valid. A bad value that Kubernetes prints with Go's %#v (a
 * struct, a list, an int-or-string) is described by a GoType and passed as its goValue. Per-kind
 * validation builds on these.
 */
export { FieldPath, pathString, childOf } from './field-path.js';
export {
  FieldError,
  type FieldErrorType,
  FIELD_IMMUTABLE_ERROR_MSG,
  appendInvalid,
  aggregateMessages,
  aggregateFieldErrors,
  validateImmutableField,
} from './field-error.js';
export { sortedKeys } from './sorted-keys.js';
export { formatGoFloat, formatGoInterface, formatGoValue, formatGoStringMap, formatGoUntyped, goQuote, NIL_STRING_LIST } from './go-value.js';
export { goIsPrint } from './go-is-print.js';
export {
  type GoType,
  type GoField,
  GO_STRING,
  GO_INT,
  GO_BOOL,
  GO_BYTES,
  goPointer,
  goSlice,
  goMap,
  goStruct,
  goCustom,
  goField,
  formatGoSyntax,
  goValue,
  GO_ADDRESS_PATTERN,
} from './go-syntax.js';
export { GO_STRING_MAP, GO_LABEL_SELECTOR, GO_LABEL_SELECTOR_REQUIREMENT, GO_OWNER_REFERENCE, GO_OWNER_REFERENCES, GO_INT_OR_STRING } from './go-meta-types.js';
export { goJSONSyntaxError } from './go-json-syntax.js';
export { kubernetesJSON } from './kubernetes-json.js';
export { maxLenError, regexError, emptyError, inclusiveRangeError, byteLength } from './messages.js';
export {
  DNS1123_LABEL_MAX_LENGTH,
  DNS1123_SUBDOMAIN_MAX_LENGTH,
  DNS1035_LABEL_MAX_LENGTH,
  LABEL_VALUE_MAX_LENGTH,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1035Label,
  isQualifiedName,
  isValidLabelValue,
  isCIdentifier,
  isEnvVarName,
  isConfigMapKey,
  isValidPortNum,
  isInRange,
  isValidPortName,
} from './names.js';
export {
  type IPv4CIDR,
  parseIPv4,
  formatIPv4,
  ipFamily,
  parseIPv4CIDR,
  cidrFamily,
  isValidIP,
  isValidIPv4Address,
  isValidIPv6Address,
  isValidCIDR,
} from './ip.js';
export {
  type ValidateNameFunc,
  type ObjectMetaFields,
  IS_NEGATIVE_ERROR_MSG,
  TOTAL_ANNOTATION_SIZE_LIMIT_B,
  nameIsDNSSubdomain,
  nameIsDNSLabel,
  nameIsDNS1035Label,
  validateNamespaceName,
  maskTrailingDash,
  validateNonnegativeField,
  validateLabelName,
  validateLabels,
  validateAnnotations,
  validateObjectMeta,
} from './object-meta.js';
