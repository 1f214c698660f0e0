/**
 * core/v1 Event validation, which Kubernetes keeps lenient for old clients: the involved object's
 * namespace must match the event's, and events with an eventTime (new-style) need a reporting
 * controller, instance, action and reason. The type is not checked on core/v1 (only events.k8s.io
 * checks it).
 */
import type { Event__Output } from '../../generated/skiff/core/v1/Event.js';
import { FieldError, FieldPath, isDNS1123Subdomain, isQualifiedName } from '../index.js';

const LIMIT = 128;
const NOTE_LIMIT = 1024;

/** Validates an Event, on create and on update alike. */
export function validateEvent(ev: Event__Output): FieldError[] {
  const errs: FieldError[] = [];
  const ns = ev.metadata?.namespace ?? '';
  const involvedNs = ev.involvedObject?.namespace ?? '';
  const nsPath = FieldPath.root('involvedObject', 'namespace');
  const mismatch = (): FieldError => FieldError.invalid(nsPath, involvedNs, 'does not match event.namespace');
  if (!ev.eventTime) {
    // An event about a cluster-scoped object may live in "default" (old clients put it there).
    if (involvedNs === '') {
      if (ns !== '' && ns !== 'default') errs.push(mismatch());
    } else if (ns !== involvedNs) errs.push(mismatch());
  } else {
    if (involvedNs === '' && ns !== 'default' && ns !== 'kube-system') errs.push(mismatch());
    // The internal field is reportingController; Kubernetes' paths use that name.
    const controller = ev.reportingComponent ?? '';
    if (controller === '') errs.push(FieldError.required(FieldPath.root('reportingController')));
    errs.push(...isQualifiedName(controller).map((m) => FieldError.invalid(FieldPath.root('reportingController'), controller, m)));
    const instance = ev.reportingInstance ?? '';
    if (instance === '') errs.push(FieldError.required(FieldPath.root('reportingInstance')));
    if (instance.length > LIMIT) errs.push(FieldError.invalid(FieldPath.root('reportingInstance'), '', `can have at most ${LIMIT} characters`));
    const action = ev.action ?? '';
    if (action === '') errs.push(FieldError.required(FieldPath.root('action')));
    if (action.length > LIMIT) errs.push(FieldError.invalid(FieldPath.root('action'), '', `can have at most ${LIMIT} characters`));
    const reason = ev.reason ?? '';
    if (reason === '') errs.push(FieldError.required(FieldPath.root('reason')));
    if (reason.length > LIMIT) errs.push(FieldError.invalid(FieldPath.root('reason'), '', `can have at most ${LIMIT} characters`));
    if ((ev.message ?? '').length > NOTE_LIMIT) errs.push(FieldError.invalid(FieldPath.root('message'), '', `can have at most ${NOTE_LIMIT} characters`));
  }
  errs.push(...isDNS1123Subdomain(ns).map((m) => FieldError.invalid(FieldPath.root('namespace'), ns, m)));
  return errs;
}
