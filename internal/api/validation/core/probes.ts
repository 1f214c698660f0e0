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
import { validatePortNumOrName } from './ports.js';

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

/** Validates one handler: exactly one action, each valid; `gracePeriod` bounds a sleep action. */
export function validateHandler(h: Handler, gracePeriod: number | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  // Kubernetes' order: the first action present is checked, each later one is "more than 1".
  let n = 0;
  const take = (type: HandlerType, present: boolean): void => {
    if (!present) return;
    if (n++ > 0) errs.push(FieldError.forbidden(path.child(type), 'may not specify more than 1 handler type'));
    else errs.push(...validateAction(h, type, gracePeriod, path));
  };
  take('exec', !!h.exec);
  take('httpGet', !!h.httpGet);
  take('tcpSocket', !!h.tcpSocket);
  take('grpc', !!h.grpc);
  take('sleep', !!h.sleep);
  if (n === 0) errs.push(FieldError.required(path, 'must specify a handler type'));
  return errs;
}

// Checks the handler's action of the given type, which is present.
function validateAction(h: Handler, type: HandlerType, gracePeriod: number | undefined, path: FieldPath): FieldError[] {
  switch (type) {
    case 'exec':
      return (h.exec?.command ?? []).length === 0 ? [FieldError.required(path.child('exec', 'command'))] : [];
    case 'httpGet':
      return validateHTTPGetAction(h.httpGet!, path.child('httpGet'));
    case 'tcpSocket':
      return validatePortNumOrName(h.tcpSocket!.port, path.child('tcpSocket', 'port'));
    case 'grpc':
      return validatePortNumOrName({ intVal: h.grpc!.port ?? 0 }, path.child('grpc', 'port'));
    case 'sleep': {
      const s = h.sleep!.seconds ?? 0;
      if (gracePeriod === undefined || (s > 0 && s <= gracePeriod)) return [];
      return [
        FieldError.invalid(
          path.child('sleep'),
          s,
          `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
        ),
      ];
    }
  }
}

function validateHTTPGetAction(h: HTTPGetAction__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!h.path) errs.push(FieldError.required(path.child('path')));
  errs.push(...validatePortNumOrName(h.port, path.child('port')));
  const scheme = h.scheme ?? '';
  if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(FieldError.notSupported(path.child('scheme'), scheme, ['HTTP', 'HTTPS']));
  for (const header of h.httpHeaders ?? []) {
    const name = header.name ?? '';
    if (!HTTP_HEADER_NAME_RE.test(name)) {
      errs.push(FieldError.invalid(path.child('httpHeaders'), name, regexError(HTTP_HEADER_NAME_ERR, HTTP_HEADER_NAME_FMT, 'X-Header-Name')));
    }
  }
  return errs;
}

/** Which probe a check is for: the rules differ slightly. */
export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/** Validates a probe of the given kind (absent probes are valid). */
export function validateProbe(probe: Probe__Output | null | undefined, kind: ProbeKind, gracePeriod: number | undefined, path: FieldPath): FieldError[] {
  if (!probe) return [];
  const errs = validateHandler({ exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc }, gracePeriod, path);
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
  if (l.postStart) errs.push(...validateHandler(l.postStart, gracePeriod, path.child('postStart')));
  if (l.preStop) errs.push(...validateHandler(l.preStop, gracePeriod, path.child('preStop')));
  return errs;
}
