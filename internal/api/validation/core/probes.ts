/**
 * Probes and lifecycle hooks as Kubernetes validates them: exactly one handler, each handler's
 * own rules, non-negative timings, and the per-probe rules (liveness and startup need
 * successThreshold 1; readiness may not set terminationGracePeriodSeconds).
 */
import type { ExecAction__Output } from '../../generated/skiff/core/v1/ExecAction.js';
import type { GRPCAction__Output } from '../../generated/skiff/core/v1/GRPCAction.js';
import type { HTTPGetAction__Output } from '../../generated/skiff/core/v1/HTTPGetAction.js';
import type { Lifecycle__Output } from '../../generated/skiff/core/v1/Lifecycle.js';
import type { Probe__Output } from '../../generated/skiff/core/v1/Probe.js';
import type { SleepAction__Output } from '../../generated/skiff/core/v1/SleepAction.js';
import type { TCPSocketAction__Output } from '../../generated/skiff/core/v1/TCPSocketAction.js';
import { FieldError, type FieldPath, IS_NEGATIVE_ERROR_MSG, regexError } from '../index.js';
import { appendPortNumOrNameErrors } from './ports.js';

const HTTP_HEADER_NAME_FMT = '[-A-Za-z0-9]+';
const HTTP_HEADER_NAME_RE = new RegExp(`^${HTTP_HEADER_NAME_FMT}$`);
const HTTP_HEADER_NAME_ERR = "a valid HTTP header must consist of alphanumeric characters or '-'";

interface Handler {
  exec?: ExecAction__Output | null;
  httpGet?: HTTPGetAction__Output | null;
  tcpSocket?: TCPSocketAction__Output | null;
  grpc?: GRPCAction__Output | null;
  sleep?: SleepAction__Output | null;
}

type HandlerType = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

/** The actions of a lifecycle hook, in Kubernetes' order. */
const HOOK_ACTIONS: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'];
/** The actions of a probe, which has no sleep. */
const PROBE_ACTIONS: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

// One handler, appended to `errs`: exactly one of `actions`, each valid; `gracePeriod` bounds a
// sleep action. Kubernetes' order: the first action present is checked, each later one is "more
// than 1".
function appendHandlerErrors(errs: FieldError[], h: Handler, actions: readonly HandlerType[], gracePeriod: number | undefined, path: FieldPath): void {
  let n = 0;
  for (let i = 0; i < actions.length; i++) {
    const type = actions[i];
    if (!h[type]) continue;
    if (n++ > 0) errs.push(FieldError.forbidden(path.child(type), 'may not specify more than 1 handler type'));
    else appendActionErrors(errs, h, type, gracePeriod, path);
  }
  if (n === 0) errs.push(FieldError.required(path, 'must specify a handler type'));
}

// Checks the handler's action of the given type, which is present.
function appendActionErrors(errs: FieldError[], h: Handler, type: HandlerType, gracePeriod: number | undefined, path: FieldPath): void {
  switch (type) {
    case 'exec':
      if ((h.exec?.command ?? []).length === 0) errs.push(FieldError.required(path.child('exec', 'command')));
      return;
    case 'httpGet':
      validateHTTPGetAction(h.httpGet!, path.child('httpGet'), errs);
      return;
    case 'tcpSocket':
      appendPortNumOrNameErrors(errs, h.tcpSocket!.port, path.child('tcpSocket', 'port'));
      return;
    case 'grpc':
      appendPortNumOrNameErrors(errs, { intVal: h.grpc!.port ?? 0 }, path.child('grpc', 'port'));
      return;
    case 'sleep': {
      const s = h.sleep!.seconds ?? 0;
      if (gracePeriod === undefined || (s > 0 && s <= gracePeriod)) return;
      errs.push(
        FieldError.invalid(
          path.child('sleep'),
          s,
          `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
        ),
      );
    }
  }
}

function validateHTTPGetAction(h: HTTPGetAction__Output, path: FieldPath, errs: FieldError[]): void {
  if (!h.path) errs.push(FieldError.required(path.child('path')));
  appendPortNumOrNameErrors(errs, h.port, path.child('port'));
  const scheme = h.scheme ?? '';
  if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(FieldError.notSupported(path.child('scheme'), scheme, ['HTTP', 'HTTPS']));
  for (const header of h.httpHeaders ?? []) {
    const name = header.name ?? '';
    if (!HTTP_HEADER_NAME_RE.test(name)) {
      errs.push(FieldError.invalid(path.child('httpHeaders'), name, regexError(HTTP_HEADER_NAME_ERR, HTTP_HEADER_NAME_FMT, 'X-Header-Name')));
    }
  }
}

/** Which probe a check is for: the rules differ slightly. */
export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/** Validates a probe of the given kind (absent probes are valid). */
export function validateProbe(probe: Probe__Output | null | undefined, kind: ProbeKind, gracePeriod: number | undefined, path: FieldPath): FieldError[] {
  if (!probe) return [];
  const errs: FieldError[] = [];
  appendHandlerErrors(errs, probe, PROBE_ACTIONS, gracePeriod, path);
  appendIfNegative(errs, probe.initialDelaySeconds, path, 'initialDelaySeconds');
  appendIfNegative(errs, probe.timeoutSeconds, path, 'timeoutSeconds');
  appendIfNegative(errs, probe.periodSeconds, path, 'periodSeconds');
  appendIfNegative(errs, probe.successThreshold, path, 'successThreshold');
  appendIfNegative(errs, probe.failureThreshold, path, 'failureThreshold');
  const tgps = probe.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps <= 0) {
    errs.push(FieldError.invalid(path.child('terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  }
  if (kind !== 'readiness' && (probe.successThreshold ?? 0) !== 1) {
    errs.push(FieldError.invalid(path.child('successThreshold'), probe.successThreshold ?? 0, 'must be 1'));
  }
  if (kind === 'readiness' && tgps !== undefined) {
    errs.push(FieldError.invalid(path.child('terminationGracePeriodSeconds'), tgps, 'must not be set for readinessProbes'));
  }
  return errs;
}

// `Invalid value: -1: must be greater than or equal to 0` for a negative `path.field`.
function appendIfNegative(errs: FieldError[], value: number | undefined, path: FieldPath, field: string): void {
  if (value !== undefined && value < 0) errs.push(FieldError.invalid(path.child(field), value, IS_NEGATIVE_ERROR_MSG));
}

/** Validates the postStart and preStop hooks. */
export function validateLifecycle(l: Lifecycle__Output, gracePeriod: number | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (l.postStart) appendHandlerErrors(errs, l.postStart, HOOK_ACTIONS, gracePeriod, path.child('postStart'));
  if (l.preStop) appendHandlerErrors(errs, l.preStop, HOOK_ACTIONS, gracePeriod, path.child('preStop'));
  return errs;
}
