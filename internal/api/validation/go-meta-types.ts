/**
 * The Go types of apimachinery that Kubernetes' field errors print whole with `%#v`: a string map,
 * a metav1.LabelSelector, a metav1.OwnerReference, an intstr.IntOrString.
 */
import { GO_INT, GO_STRING, type GoType, goField, goMap, goPointer, goSlice, goStruct } from './go-syntax.js';

/** A map[string]string (labels, annotations, a node selector). */
export const GO_STRING_MAP: GoType = goMap('map[string]string', GO_STRING);

/** metav1.LabelSelectorRequirement. */
export const GO_LABEL_SELECTOR_REQUIREMENT: GoType = goStruct('v1.LabelSelectorRequirement', [
  goField('Key', GO_STRING),
  goField('Operator', GO_STRING),
  goField('Values', goSlice('[]string', GO_STRING)),
]);

/** metav1.LabelSelector. */
export const GO_LABEL_SELECTOR: GoType = goStruct('v1.LabelSelector', [
  goField('MatchLabels', GO_STRING_MAP),
  goField('MatchExpressions', goSlice('[]v1.LabelSelectorRequirement', GO_LABEL_SELECTOR_REQUIREMENT)),
]);

/** metav1.OwnerReference. */
export const GO_OWNER_REFERENCE: GoType = goStruct('v1.OwnerReference', [
  goField('APIVersion', GO_STRING, 'apiVersion'),
  goField('Kind', GO_STRING),
  goField('Name', GO_STRING),
  goField('UID', GO_STRING, 'uid'),
  goField('Controller', goPointer('bool')),
  goField('BlockOwnerDeletion', goPointer('bool')),
]);

/** A []metav1.OwnerReference. */
export const GO_OWNER_REFERENCES: GoType = goSlice('[]v1.OwnerReference', GO_OWNER_REFERENCE);

/**
 * intstr.IntOrString, held by Skiff as `{intVal}` or `{strVal}`: Type 0 with the integer, or Type 1
 * with the string. Its String method wants a pointer, which Kubernetes' errors never pass, so they
 * print the struct (`intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}`).
 */
export const GO_INT_OR_STRING: GoType = goStruct('intstr.IntOrString', [
  goField('Type', GO_INT, (v) => (v.strVal !== undefined ? 1 : 0)),
  goField('IntVal', GO_INT, (v) => (v.strVal !== undefined ? 0 : v.intVal)),
  goField('StrVal', GO_STRING),
]);
