import { describe, expect, it } from 'vitest';
import type { DaemonSet__Output } from '../../generated/skiff/apps/v1/DaemonSet.js';
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import type { StatefulSet__Output } from '../../generated/skiff/apps/v1/StatefulSet.js';
import type { ReplicaSet__Output } from '../../generated/skiff/apps/v1/ReplicaSet.js';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './index.js';

describe('defaultDeployment', () => {
  it('fills in replicas, a 25%/25% rolling update, history, deadline and pod defaults', () => {
    const d: Deployment__Output = { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } } };
    defaultDeployment(d);
    expect(d.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { strVal: '25%' }, maxSurge: { strVal: '25%' } } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: { spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' } },
    });
  });

  it('keeps what is given, and adds no rollingUpdate to Recreate', () => {
    const d: Deployment__Output = { spec: { replicas: 0, strategy: { type: 'Recreate' }, revisionHistoryLimit: 0 } };
    defaultDeployment(d);
    expect(d.spec).toMatchObject({ replicas: 0, strategy: { type: 'Recreate' }, revisionHistoryLimit: 0 });
    expect(d.spec?.strategy?.rollingUpdate).toBeUndefined();
  });

  it('is idempotent', () => {
    const once: Deployment__Output = { spec: {} };
    defaultDeployment(once);
    const twice = structuredClone(once);
    defaultDeployment(twice);
    expect(twice).toEqual(once);
  });
});

describe('apps defaults', () => {
  it('defaults a ReplicaSet to one replica', () => {
    const rs: ReplicaSet__Output = {};
    defaultReplicaSet(rs);
    expect(rs.spec?.replicas).toBe(1);
  });

  it('defaults a StatefulSet as Kubernetes 1.32 does', () => {
    const ss: StatefulSet__Output = { spec: {} };
    defaultStatefulSet(ss);
    expect(ss.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(ss.spec?.updateStrategy?.rollingUpdate?.maxUnavailable).toBeUndefined();
  });

  it('defaults each volumeClaimTemplate as a PersistentVolumeClaim, as SetObjectDefaults_StatefulSet does', () => {
    const ss: StatefulSet__Output = {
      spec: {
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { resources: { requests: { storage: '10240Mi' } } } },
          { metadata: { name: 'logs' }, spec: { volumeMode: 'Block', resources: { limits: { storage: '0.5Gi' } } }, status: { phase: 'Bound' } },
        ],
      },
    };
    defaultStatefulSet(ss);
    expect(ss.spec?.volumeClaimTemplates).toEqual([
      { metadata: { name: 'data' }, spec: { volumeMode: 'Filesystem', resources: { requests: { storage: '10Gi' } } }, status: { phase: 'Pending' } },
      { metadata: { name: 'logs' }, spec: { volumeMode: 'Block', resources: { limits: { storage: '512Mi' } } }, status: { phase: 'Bound' } },
    ]);
  });

  it('leaves an explicit RollingUpdate StatefulSet without rollingUpdate alone', () => {
    const ss: StatefulSet__Output = { spec: { updateStrategy: { type: 'RollingUpdate' } } };
    defaultStatefulSet(ss);
    expect(ss.spec?.updateStrategy).toEqual({ type: 'RollingUpdate' });
  });

  it('defaults a DaemonSet to one unavailable pod and no surge', () => {
    const ds: DaemonSet__Output = {};
    defaultDaemonSet(ds);
    expect(ds.spec).toMatchObject({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: { intVal: 1 }, maxSurge: { intVal: 0 } } },
      revisionHistoryLimit: 10,
    });
  });
});
