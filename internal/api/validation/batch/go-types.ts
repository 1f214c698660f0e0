/**
 * The batch types (pkg/apis/batch, the internal types Kubernetes validates) that its field errors
 * print whole with `%#v`: a Job's podFailurePolicy and successPolicy, and exit code lists.
 */
import { GO_INT, GO_STRING, type GoType, goField, goPointer, goSlice, goStruct } from '../index.js';

/** A []int32 of exit codes. */
export const GO_EXIT_CODES: GoType = goSlice('[]int32', GO_INT);

const GO_POD_CONDITIONS_PATTERN: GoType = goStruct('batch.PodFailurePolicyOnPodConditionsPattern', [
  goField('Type', GO_STRING),
  goField('Status', GO_STRING),
]);

const GO_POD_FAILURE_POLICY_RULE: GoType = goStruct('batch.PodFailurePolicyRule', [
  goField('Action', GO_STRING),
  goField('OnExitCodes', goPointer('batch.PodFailurePolicyOnExitCodesRequirement')),
  goField('OnPodConditions', goSlice('[]batch.PodFailurePolicyOnPodConditionsPattern', GO_POD_CONDITIONS_PATTERN)),
]);

/** batch.PodFailurePolicy. */
export const GO_POD_FAILURE_POLICY: GoType = goStruct('batch.PodFailurePolicy', [
  goField('Rules', goSlice('[]batch.PodFailurePolicyRule', GO_POD_FAILURE_POLICY_RULE)),
]);

const GO_SUCCESS_POLICY_RULE: GoType = goStruct('batch.SuccessPolicyRule', [
  goField('SucceededIndexes', goPointer('string')),
  goField('SucceededCount', goPointer('int32')),
]);

/** batch.SuccessPolicy. */
export const GO_SUCCESS_POLICY: GoType = goStruct('batch.SuccessPolicy', [
  goField('Rules', goSlice('[]batch.SuccessPolicyRule', GO_SUCCESS_POLICY_RULE)),
]);
