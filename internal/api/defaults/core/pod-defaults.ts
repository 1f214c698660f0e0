/**
 * Pod defaulting as Kubernetes' core/v1 defaults (pkg/apis/core/v1/defaults.go): the PodSpec
 * defaults every pod template gets, and the few (requests from limits, enableServiceLinks, host
 * ports under hostNetwork) that only a Pod itself gets.
 */
import type { Container__Output } from '../../generated/skiff/core/v1/Container.js';
import type { HTTPGetAction__Output } from '../../generated/skiff/core/v1/HTTPGetAction.js';
import type { Lifecycle__Output } from '../../generated/skiff/core/v1/Lifecycle.js';
import type { ObjectFieldSelector__Output } from '../../generated/skiff/core/v1/ObjectFieldSelector.js';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import type { Probe__Output } from '../../generated/skiff/core/v1/Probe.js';
import type { Volume__Output } from '../../generated/skiff/core/v1/Volume.js';
import { imageTag } from './image-reference.js';
import { defaultPodSpecQuantities, defaultPodStatusQuantities } from './quantity-defaults.js';

/** The grace period a pod gets when it names none (v1.DefaultTerminationGracePeriodSeconds). */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** The scheduler a pod names when it names none. */
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';
/** The file mode of ConfigMap, Secret, downward API and projected volume files (0644). */
export const DEFAULT_VOLUME_MODE = 0o644;

/** Defaults a Pod in place: the PodSpec defaults plus the pod-only ones. */
export function defaultPod(pod: Pod__Output): void {
  const spec = (pod.spec ??= {});
  defaultPodSpec(spec);
  // Only a Pod (not a template) takes its requests from its limits, so a template's QoS is decided per pod.
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultRequestsFromLimits(c);
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
  if (pod.status) defaultPodStatusQuantities(pod.status);
}

/** Defaults a pod template (metadata untouched) with the PodSpec defaults. */
export function defaultPodTemplateSpec(template: PodTemplateSpec__Output): void {
  defaultPodSpec((template.spec ??= {}));
}

/** Defaults a PodSpec in place: policies, scheduler, grace period, containers, volumes, quantities. */
export function defaultPodSpec(spec: PodSpec__Output): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  if (!spec.schedulerName) spec.schedulerName = DEFAULT_SCHEDULER_NAME;
  // serviceAccount is the deprecated alias; Kubernetes reads it when the new name is empty and writes both.
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
  defaultPodSpecQuantities(spec);
}

/** Defaults a container: pull policy from the image tag, termination message, ports, probes, env refs. */
export function defaultContainer(c: Container__Output): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) if (probe) defaultProbe(probe);
  if (c.lifecycle) defaultLifecycle(c.lifecycle);
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef) defaultFieldSelector(e.valueFrom.fieldRef);
}

/** Defaults a probe's timing, its HTTP handler, and its gRPC service (`+default=""` in Kubernetes, so it reads back as ""). */
export function defaultProbe(probe: Probe__Output): void {
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1;
  if (!probe.periodSeconds) probe.periodSeconds = 10;
  if (!probe.successThreshold) probe.successThreshold = 1;
  if (!probe.failureThreshold) probe.failureThreshold = 3;
  if (probe.httpGet) defaultHTTPGet(probe.httpGet);
  if (probe.grpc) probe.grpc.service ??= '';
}

/** Defaults a volume: a volume naming no source is an emptyDir; file modes 0644; hostPath type "". */
export function defaultVolume(v: Volume__Output): void {
  const sources = [v.hostPath, v.emptyDir, v.secret, v.persistentVolumeClaim, v.downwardAPI, v.configMap, v.projected];
  if (sources.every((s) => s === undefined || s === null)) v.emptyDir = {};
  if (v.hostPath) v.hostPath.type ??= '';
  if (v.secret) v.secret.defaultMode ??= DEFAULT_VOLUME_MODE;
  if (v.configMap) v.configMap.defaultMode ??= DEFAULT_VOLUME_MODE;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= DEFAULT_VOLUME_MODE;
    for (const f of v.downwardAPI.items ?? []) if (f.fieldRef) defaultFieldSelector(f.fieldRef);
  }
  if (v.projected) {
    v.projected.defaultMode ??= DEFAULT_VOLUME_MODE;
    for (const s of v.projected.sources ?? []) {
      if (s.serviceAccountToken) s.serviceAccountToken.expirationSeconds ??= 3600;
      for (const f of s.downwardAPI?.items ?? []) if (f.fieldRef) defaultFieldSelector(f.fieldRef);
    }
  }
}

function defaultLifecycle(l: Lifecycle__Output): void {
  if (l.postStart?.httpGet) defaultHTTPGet(l.postStart.httpGet);
  if (l.preStop?.httpGet) defaultHTTPGet(l.preStop.httpGet);
}

function defaultHTTPGet(h: HTTPGetAction__Output): void {
  if (!h.path) h.path = '/';
  if (!h.scheme) h.scheme = 'HTTP';
}

function defaultFieldSelector(f: ObjectFieldSelector__Output): void {
  if (!f.apiVersion) f.apiVersion = 'v1';
}

function defaultRequestsFromLimits(c: Container__Output): void {
  const limits = c.resources?.limits;
  if (!c.resources || !limits || Object.keys(limits).length === 0) return;
  const requests = (c.resources.requests ??= {});
  for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = v;
}
