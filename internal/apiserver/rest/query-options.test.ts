import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/index.js';
import { deleteOptions, listOptions, watchOptions, writeOptions } from './query-options.js';

const q = (s: string): URLSearchParams => new URLSearchParams(s);

function badRequest(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).code).toBe(400);
    return (err as StatusError).message;
  }
  throw new Error('expected a 400');
}

describe('query options', () => {
  it('reads list options', () => {
    expect(listOptions(q('labelSelector=app%3Dweb&fieldSelector=spec.nodeName%3Dn1&limit=500&continue=abc&resourceVersion=0&resourceVersionMatch=NotOlderThan'))).toEqual({
      labelSelector: 'app=web',
      fieldSelector: 'spec.nodeName=n1',
      limit: 500,
      continue: 'abc',
      resourceVersion: '0',
      resourceVersionMatch: 'NotOlderThan',
    });
  });

  it('reads watch options with Go booleans and timeoutSeconds', () => {
    expect(watchOptions(q('watch=1&allowWatchBookmarks=true&sendInitialEvents=T&timeoutSeconds=30&resourceVersion=12'))).toMatchObject({
      allowWatchBookmarks: true,
      sendInitialEvents: true,
      timeoutSeconds: 30,
      resourceVersion: '12',
    });
  });

  it('reads write options: dryRun, fieldManager, fieldValidation (Warn by default)', () => {
    expect(writeOptions(q('dryRun=All&fieldManager=kubectl-client-side-apply&fieldValidation=Strict'))).toEqual({
      dryRun: true,
      fieldManager: 'kubectl-client-side-apply',
      fieldValidation: 'Strict',
    });
    expect(writeOptions(q(''))).toEqual({ dryRun: false, fieldManager: undefined, fieldValidation: 'Warn' });
  });

  it('merges a DeleteOptions body over query parameters', () => {
    expect(deleteOptions(q('gracePeriodSeconds=0&propagationPolicy=Orphan'), { propagationPolicy: 'Foreground' })).toMatchObject({
      gracePeriodSeconds: 0,
      propagationPolicy: 'Foreground',
      dryRun: false,
    });
    expect(deleteOptions(q('orphanDependents=false&dryRun=All'), undefined)).toMatchObject({ orphanDependents: false, dryRun: true });
  });

  it.each([
    ['limit=ten', () => listOptions(q('limit=ten')), 'limit: Invalid value: "ten": must be an integer'],
    ['allowWatchBookmarks=yes', () => watchOptions(q('allowWatchBookmarks=yes')), 'allowWatchBookmarks: Invalid value: "yes": must be a boolean'],
  ])('refuses %s with 400', (_name, fn, message) => {
    expect(badRequest(fn)).toBe(message);
  });

  it.each([-1, 0])('takes limit=%j, which Kubernetes reads as no limit', (limit) => {
    expect(listOptions(q(`limit=${limit}`)).limit).toBe(limit);
  });

  it('reads sendInitialEvents on a list, for the registry to refuse', () => {
    expect(listOptions(q('sendInitialEvents=false')).sendInitialEvents).toBe(false);
  });
});

describe('write and delete option validation (Kubernetes’ ValidateCreateOptions, ValidateDeleteOptions)', () => {
  function invalid(fn: () => unknown): StatusError {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(StatusError);
      return err as StatusError;
    }
    throw new Error('expected a 422');
  }

  it.each([
    ['dryRun=Foo on a create', () => writeOptions(q('dryRun=Foo')), 'CreateOptions', 'dryRun', 'FieldValueNotSupported', 'Unsupported value: []string{"Foo"}: supported values: "All"'],
    ['dryRun=All&dryRun=Foo on an update', () => writeOptions(q('dryRun=All&dryRun=Foo'), 'UpdateOptions'), 'UpdateOptions', 'dryRun', 'FieldValueNotSupported', 'Unsupported value: []string{"All", "Foo"}: supported values: "All"'],
    ['fieldValidation=Loose on a patch', () => writeOptions(q('fieldValidation=Loose'), 'PatchOptions'), 'PatchOptions', 'fieldValidation', 'FieldValueNotSupported', 'Unsupported value: "Loose": supported values: "", "Ignore", "Strict", "Warn"'],
    ['propagationPolicy=Bogus', () => deleteOptions(q('propagationPolicy=Bogus'), undefined), 'DeleteOptions', 'propagationPolicy', 'FieldValueNotSupported', 'Unsupported value: "Bogus": supported values: "Foreground", "Background", "Orphan", "nil"'],
    ['dryRun=Foo on a delete', () => deleteOptions(q('dryRun=Foo'), undefined), 'DeleteOptions', 'dryRun', 'FieldValueNotSupported', 'Unsupported value: []string{"Foo"}: supported values: "All"'],
    ['orphanDependents with propagationPolicy', () => deleteOptions(q('orphanDependents=true'), { propagationPolicy: 'Foreground' }), 'DeleteOptions', 'propagationPolicy', 'FieldValueInvalid', 'Invalid value: "Foreground": orphanDependents and deletionPropagation cannot be both set'],
  ])('refuses %s with 422', (_name, fn, kind, field, reason, body) => {
    expect(invalid(fn).status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: `${kind}.meta.k8s.io "" is invalid: ${field}: ${body}`,
      details: { group: 'meta.k8s.io', kind, causes: [{ reason, field, message: body }] },
    });
  });
});
