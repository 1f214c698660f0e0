/**
 * api: the object model, a leaf that imports nothing else of Skiff. The generated types, the one
 * codec (internal object ↔ proto bytes ↔ Kubernetes JSON; Kubernetes' own protobuf read in), the
 * table of kinds and the RESTMapper, the Status errors, selectors, quantities, validation and
 * defaulting per kind, and the patch engines. The gRPC face, the REST face and skiffctl all stand on it.
 */
export { LOADER_OPTIONS, protoRoot, messageType, protoDir, protoFiles } from './proto/root.js';
export type { JsonValue, JsonObject } from './codec/json-value.js';
export { isJsonObject } from './codec/json-value.js';
export { DecodeError, formatProblems, type DecodeProblem, type DecodeProblemKind } from './codec/decode-problem.js';
export { toJSONValue, fromJSONValue, type Internal, type FromJSONOptions, type FromJSONResult } from './codec/json-codec.js';
export { findDuplicateKeys, visitKeys } from './codec/json-duplicates.js';
export { encodeProto, decodeProto } from './codec/proto-codec.js';
export {
  type KubeObject,
  type KubeObjectWithSpec,
  typeOfKind,
  typeFor,
  objectToJSON,
  objectFromJSON,
  encodeObject,
  decodeObject,
  deepFreeze,
  cloneObject,
} from './codec/scheme.js';
export {
  K8S_PROTOBUF_MEDIA_TYPE,
  K8S_PROTOBUF_MAGIC,
  parseK8sEnvelope,
  objectFromK8sProtobuf,
  type K8sEnvelope,
  type K8sExpectedKind,
  type K8sProtobufResult,
} from './codec/k8s-protobuf.js';
export { transcodeFromK8s, type TranscodeResult } from './codec/k8s-transcoder.js';
export { WarningRecorder, limitWarnings, WARNING_TOTAL_RUNES, WARNING_ITEM_RUNES } from './codec/warning-recorder.js';
export { k8sFieldMapFor, K8sAnnotationError, type K8sNode, type K8sEntry, type K8sLeaf, type K8sInline, type K8sWireMark } from './codec/k8s-field-map.js';
export { formatGoDuration } from './codec/k8s-wire-types.js';
export { KINDS, SUBRESOURCE_KINDS, STANDARD_VERBS, type KindInfo, type SubresourceInfo } from './meta/kinds.js';
export {
  RESTMapper,
  restMapper,
  apiVersionOf,
  parseApiVersion,
  parseGroupVersion,
  type ParseGroupVersionResult,
  type GroupVersionKind,
  type GroupVersionResource,
} from './meta/rest-mapper.js';
export * from './errors/status-error.js';
export { apiTypes, envelopeFieldOf, wrap, unwrap } from './wire/envelope.js';
export { STATUS_TRAILER, WARNINGS_TRAILER, grpcCodeFor, toServiceError, fromServiceError } from './wire/status-trailer.js';
export { serviceDefinition, type RequestMode } from './wire/service-definition.js';
export {
  presetStoredBytes,
  protoBytesOf,
  envelopeBytesOf,
  frameField,
  lengthDelimitedHeader,
} from './wire/object-bytes.js';
export { KUBERNETES_MAJOR, KUBERNETES_MINOR, SKIFF_VERSION, SKIFF_GIT_VERSION } from './meta/version.js';
