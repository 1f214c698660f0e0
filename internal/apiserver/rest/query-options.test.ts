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
    ['limit=-1', () => listOptions(q('limit=-1')), 'limit: Invalid value: -1: must be greater than or equal to 0'],
    ['allowWatchBookmarks=yes', () => watchOptions(q('allowWatchBookmarks=yes')), 'allowWatchBookmarks: Invalid value: "yes": must be a boolean'],
    ['dryRun=Some', () => writeOptions(q('dryRun=Some')), 'dryRun: Unsupported value: "Some": supported values: "All"'],
    ['fieldValidation=Loose', () => writeOptions(q('fieldValidation=Loose')), 'fieldValidation: Unsupported value: "Loose": supported values: "Ignore", "Strict", "Warn"'],
    ['propagationPolicy=Later', () => deleteOptions(q('propagationPolicy=Later'), undefined), 'propagationPolicy: Unsupported value: "Later": supported values: "Foreground", "Background", "Orphan"'],
  ])('refuses %s with 400', (_name, fn, message) => {
    expect(badRequest(fn)).toBe(message);
  });
});
