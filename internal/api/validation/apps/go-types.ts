/**
 * The apps types (pkg/apis/apps, the internal types Kubernetes validates) that its field errors
 * print whole with `%#v`: update strategies, reported as a whole when their type is unknown, and a
 * ControllerRevision's data.
 */
import { GO_BYTES, GO_INT, GO_STRING, type GoType, goField, goPointer, goStruct } from '../index.js';

/** apps.DeploymentStrategy. */
export const GO_DEPLOYMENT_STRATEGY: GoType = goStruct('apps.DeploymentStrategy', [
  goField('Type', GO_STRING),
  goField('RollingUpdate', goPointer('apps.RollingUpdateDeployment')),
]);

/** apps.DaemonSetUpdateStrategy. */
export const GO_DAEMON_SET_UPDATE_STRATEGY: GoType = goStruct('apps.DaemonSetUpdateStrategy', [
  goField('Type', GO_STRING),
  goField('RollingUpdate', goPointer('apps.RollingUpdateDaemonSet')),
]);

/** apps.StatefulSetUpdateStrategy. */
export const GO_STATEFUL_SET_UPDATE_STRATEGY: GoType = goStruct('apps.StatefulSetUpdateStrategy', [
  goField('Type', GO_STRING),
  goField('RollingUpdate', goPointer('apps.RollingUpdateStatefulSetStrategy')),
]);

/** apps.RollingUpdateStatefulSetStrategy, whose partition is a plain int32 once converted. */
export const GO_ROLLING_UPDATE_STATEFUL_SET_STRATEGY: GoType = goStruct('apps.RollingUpdateStatefulSetStrategy', [
  goField('Partition', GO_INT),
  goField('MaxUnavailable', goPointer('intstr.IntOrString')),
]);

/** runtime.TypeMeta, which a ControllerRevision's data never fills. */
const GO_RUNTIME_TYPE_META: GoType = goStruct('runtime.TypeMeta', [goField('APIVersion', GO_STRING, 'apiVersion'), goField('Kind', GO_STRING)]);

/**
 * A ControllerRevision's data as the internal type holds it: the *runtime.Unknown its conversion
 * makes of the JSON text (Raw), labelled as JSON.
 */
export const GO_RUNTIME_UNKNOWN: GoType = goStruct('runtime.Unknown', [
  goField('TypeMeta', GO_RUNTIME_TYPE_META, () => ({})),
  goField('Raw', GO_BYTES, (data) => data.raw),
  goField('ContentEncoding', GO_STRING, () => ''),
  goField('ContentType', GO_STRING, () => 'application/json'),
]);
