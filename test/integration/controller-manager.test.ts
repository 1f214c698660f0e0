import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConflict } from '../../internal/api/index.js';
import { Clientset } from '../../internal/client/index.js';
import { binary, startApiServer, type ApiServerProcess } from '../harness.js';
import { eventually, startControllerManager } from '../controller-manager-harness.js';

const LEASE_ARGS = ['--leader-elect-lease-duration', '3s', '--leader-elect-renew-deadline', '2s', '--leader-elect-retry-period', '500ms'];

describe('skiff-controller-manager', () => {
  let server: ApiServerProcess;
  let cs: Clientset;
  beforeAll(async () => {
    server = await startApiServer();
    cs = Clientset.connect({ address: server.address });
  });
  afterAll(async () => {
    cs?.close();
    await server?.stop();
  });

  it('rejects an unknown controller with a one-line error and exit status 2', () => {
    const res = spawnSync(process.execPath, [binary('skiff-controller-manager'), '--server', server.address, '--controllers', '*,-foo'], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr.split('\n')[0]).toBe('error: invalid value "*,-foo" for flag --controllers: "-foo" is not a known controller (known: garbagecollector, namespace)');
  });

  it('prints its ready line, lets one of two candidates lead, and exits 1 when the lease is lost', async () => {
    const args = [...LEASE_ARGS, '--leader-elect-resource-name', 'cm-lost'];
    const first = await startControllerManager(server.address, args);
    expect(first.ready).toEqual({ server: server.address, controllers: 'garbagecollector,namespace', 'leader-elect': 'true' });
    await eventually(() => first.stderr().includes('started controllers'), 'the first to lead');
    const second = await startControllerManager(server.address, args);
    try {
      const lease = await cs.leases('kube-system').get('cm-lost');
      const holder = lease.spec?.holderIdentity;
      expect(holder).toMatch(/_/);
      // Someone else takes the lease: the leader cannot renew, steps down and exits non-zero. The
      // leader may renew between our read and our write: read again and retry on a conflict.
      for (let current = lease; ; current = await cs.leases('kube-system').get('cm-lost')) {
        try {
          await cs.leases('kube-system').update({ ...current, spec: { ...current.spec, holderIdentity: 'intruder', renewTime: current.spec?.renewTime } });
          break;
        } catch (err) {
          if (!isConflict(err)) throw err;
        }
      }
      expect(await first.exited).toBe(1);
      expect(first.stderr()).toMatch(/leaderelection lost/);
      expect(second.stderr()).not.toMatch(/started controllers/);
    } finally {
      await first.kill9();
      expect(await second.stop()).toBe(0);
    }
  }, 20_000);

  it('releases the lease on SIGTERM so a standby takes over at once', async () => {
    const args = [...LEASE_ARGS, '--leader-elect-lease-duration', '15s', '--leader-elect-renew-deadline', '10s', '--leader-elect-resource-name', 'cm-release'];
    const first = await startControllerManager(server.address, args);
    await eventually(() => first.stderr().includes('started controllers'), 'the first to lead');
    const second = await startControllerManager(server.address, args);
    expect(await first.stop()).toBe(0);
    // Well before the 15 s lease would expire.
    await eventually(() => second.stderr().includes('started controllers'), 'the standby to lead', 5_000);
    expect(await second.stop()).toBe(0);
  }, 20_000);
});
