// ResourceReader's list and watch options, refused as Kubernetes' ValidateListOptions refuses them
// (a 422 naming ListOptions), and the watch options Kubernetes 1.32 accepts.
import { describe, expect, it } from 'vitest';
import { brief, configMap, statusErrorOf, useRegistry } from './registry-test-helpers.js';

const start = useRegistry();

describe('ResourceReader: option validation (Kubernetes’ ValidateListOptions)', () => {
  /** The causes Kubernetes gives: one per field error, `<Type>: <detail>` without the field. */
  type Cause = { reason: string; field: string; message: string };
  const forbidden = (field: string, detail: string): Cause => ({ reason: 'FieldValueForbidden', field, message: `Forbidden: ${detail}` });
  const MATCH_NEEDS_RV = forbidden('resourceVersionMatch', 'resourceVersionMatch is forbidden unless resourceVersion is provided');
  const EXACT_AT_ZERO = forbidden('resourceVersionMatch', 'resourceVersionMatch "exact" is forbidden for resourceVersion "0"');
  const MATCH_WITH_CONTINUE = forbidden('resourceVersionMatch', 'resourceVersionMatch is forbidden when continue is provided');
  const INITIAL_EVENTS_ON_LIST = forbidden('sendInitialEvents', 'sendInitialEvents is forbidden for list');
  const NEEDS_NOT_OLDER_THAN = forbidden('resourceVersionMatch', 'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan');
  const MATCH_NEEDS_INITIAL_EVENTS = forbidden('resourceVersionMatch', 'resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided');
  const unsupported = (value: string, supported: string): Cause => ({
    reason: 'FieldValueNotSupported',
    field: 'resourceVersionMatch',
    message: `Unsupported value: "${value}": supported values: ${supported}`,
  });

  function expectInvalid(err: { status: unknown }, causes: Cause[]): void {
    const lines = causes.map((c) => `${c.field}: ${c.message}`);
    expect(err.status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: `ListOptions.meta.k8s.io "" is invalid: ${lines.length === 1 ? lines[0] : `[${lines.join(', ')}]`}`,
      details: { group: 'meta.k8s.io', kind: 'ListOptions', causes },
    });
  }

  it.each([
    [{ resourceVersionMatch: 'Exact' }, [MATCH_NEEDS_RV]],
    [{ resourceVersion: '1', resourceVersionMatch: 'Bogus' }, [unsupported('Bogus', '"Exact", "NotOlderThan", ""')]],
    [{ resourceVersion: '0', resourceVersionMatch: 'Exact' }, [EXACT_AT_ZERO]],
    [{ sendInitialEvents: true }, [INITIAL_EVENTS_ON_LIST]],
    [{ sendInitialEvents: false }, [INITIAL_EVENTS_ON_LIST]],
    [{ continue: 'abc', resourceVersionMatch: 'NotOlderThan' }, [MATCH_NEEDS_RV, MATCH_WITH_CONTINUE]],
  ])('refuses the list options %j with 422', async (options, causes) => {
    const { cms } = await start();
    expectInvalid(await statusErrorOf(cms.list('default', options)), causes);
  });

  it.each([
    [{ sendInitialEvents: true, allowWatchBookmarks: true }, [NEEDS_NOT_OLDER_THAN]],
    [{ resourceVersionMatch: 'NotOlderThan', resourceVersion: '1' }, [MATCH_NEEDS_INITIAL_EVENTS]],
    [{ sendInitialEvents: true, resourceVersionMatch: 'Exact' }, [NEEDS_NOT_OLDER_THAN, unsupported('Exact', '"NotOlderThan"')]],
  ])('refuses the watch options %j with 422', async (options, causes) => {
    const { cms } = await start();
    expectInvalid(await statusErrorOf(cms.watch('default', options)), causes);
  });

  it('accepts sendInitialEvents without allowWatchBookmarks, as Kubernetes 1.32 does', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const w = await cms.watch('default', { sendInitialEvents: true, resourceVersionMatch: 'NotOlderThan' });
    expect(brief(w.drain())[0]).toBe('ADDED a');
  });

  it('with sendInitialEvents=false and NotOlderThan sends only what changes from now on', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const w = await cms.watch('default', { sendInitialEvents: false, resourceVersionMatch: 'NotOlderThan' });
    await cms.create('default', configMap('b'));
    expect(brief(w.drain())).toEqual(['ADDED b']);
  });
});
