import { describe, expect, it } from 'vitest';
import { KINDS, StatusError, type KubeObject } from '../../api/index.js';
import { buildPredicate, type Predicate } from './predicate.js';
import { DEFAULT_STRATEGIES } from './strategies/index.js';

function predicate(resource: string, fieldSelector: string): Predicate {
  const info = KINDS.find((k) => k.resource === resource);
  if (!info) throw new Error(`no kind serves ${resource}`);
  return buildPredicate(info, DEFAULT_STRATEGIES[resource] ?? {}, '', undefined, fieldSelector);
}

function refusal(resource: string, fieldSelector: string): { code: number; reason: string; message: string } | undefined {
  try {
    predicate(resource, fieldSelector);
    return undefined;
  } catch (err) {
    if (!(err instanceof StatusError)) throw err;
    return { code: err.code, reason: err.reason, message: err.message };
  }
}

const pod = (name: string, nodeName?: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName } }) as KubeObject;

describe('buildPredicate: field-label conversion', () => {
  it.each([
    // Kinds with their own conversion answer with its error (pkg/apis/core/v1/conversion.go).
    ['pods', 'spec.bogus=x', 'field label not supported: spec.bogus'],
    ['services', 'status.phase=x', 'field label not supported: status.phase'],
    ['secrets', 'data=x', 'field label not supported: data'],
    ['events', 'message=x', 'field label not supported: message'],
    ['replicationcontrollers', 'spec.replicas=1', 'field label not supported: spec.replicas'],
    ['nodes', 'metadata.namespace=default', 'field label not supported: metadata.namespace'],
    ['namespaces', 'metadata.namespace=default', 'field label not supported: metadata.namespace'],
    // batch/v1 words it its own way.
    ['jobs', 'spec.bogus=x', 'field label "spec.bogus" not supported for batchv1.Job'],
    // The rest use the default conversion; apps/v1 registers none, so ReplicaSets refuse status.replicas.
    ['configmaps', 'spec.bogus=x', '"spec.bogus" is not a known field selector: only "metadata.name", "metadata.namespace"'],
    ['replicasets', 'status.replicas=0', '"status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"'],
    ['cronjobs', 'status.successful=1', '"status.successful" is not a known field selector: only "metadata.name", "metadata.namespace"'],
    // The first refused term in sorted order is the one reported.
    ['pods', 'z.bad=1,a.bad=2', 'field label not supported: a.bad'],
  ])('%s refuses %j with 400 %j', (resource, selector, message) => {
    expect(refusal(resource, selector)).toEqual({ code: 400, reason: 'BadRequest', message });
  });

  it.each([
    ['pods', 'metadata.namespace=default,spec.nodeName=n1,status.phase=Running,status.podIPs=10.0.0.1,spec.hostNetwork=false'],
    ['pods', 'spec.host=n1'],
    ['nodes', 'metadata.name=n1,spec.unschedulable=false'],
    ['namespaces', 'metadata.name=default,status.phase=Active'],
    ['secrets', 'metadata.namespace=default,metadata.name=s,type=Opaque'],
    ['services', 'metadata.namespace=default,metadata.name=s,spec.clusterIP=None,spec.type=ClusterIP'],
    ['events', 'metadata.namespace=default,metadata.name=e,involvedObject.name=p,reason=Started,source=kubelet,type=Normal'],
    ['replicationcontrollers', 'metadata.namespace=default,metadata.name=rc,status.replicas=1'],
    ['jobs', 'metadata.namespace=default,metadata.name=j,status.successful=1'],
    ['configmaps', 'metadata.namespace=default,metadata.name=c'],
  ])('%s accepts %j', (resource, selector) => {
    expect(refusal(resource, selector)).toBeUndefined();
  });
});

describe('buildPredicate: legacy spec.host', () => {
  it('selects pods by spec.nodeName and pins the watcher index', () => {
    const p = predicate('pods', 'spec.host=n1');
    expect(p.indexValue).toBe('n1');
    expect([pod('a', 'n1'), pod('b', 'n2'), pod('c')].filter((o) => p.matches(o)).map((o) => o.metadata?.name)).toEqual(['a']);
  });
});

describe('buildPredicate: status.podIPs', () => {
  it.each([
    ['status.podIPs=10.0.0.1', []],
    ['status.podIPs=', ['a']],
  ])('%j reads the field as empty, as Kubernetes does (selects %j)', (selector, expected) => {
    const p = predicate('pods', selector);
    const running = { ...pod('a', 'n1'), status: { podIPs: [{ ip: '10.0.0.1' }] } } as KubeObject;
    expect([running].filter((o) => p.matches(o)).map((o) => o.metadata?.name)).toEqual(expected);
  });
});
