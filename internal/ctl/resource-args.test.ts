import { describe, expect, it } from 'vitest';
import { parseResourceArgs, showKinds } from './resource-args.js';

function shape(args: string[]): [string, readonly string[]][] {
  return parseResourceArgs(args).map((r) => [r.kind.resource, r.names]);
}

describe('parseResourceArgs', () => {
  it('reads TYPE NAME...', () => {
    expect(shape(['po', 'a', 'b'])).toEqual([['pods', ['a', 'b']]]);
  });
  it('reads several types', () => {
    expect(shape(['po,svc'])).toEqual([['pods', []], ['services', []]]);
  });
  it('reads TYPE/NAME, grouping consecutive names of one kind', () => {
    expect(shape(['deploy/web', 'deployment/api', 'svc/web'])).toEqual([['deployments', ['web', 'api']], ['services', ['web']]]);
  });
  it('expands the all category', () => {
    const kinds = shape(['all']).map(([r]) => r);
    expect(kinds).toContain('pods');
    expect(kinds).toContain('deployments');
    expect(kinds).not.toContain('configmaps');
  });
  it.each(['po', 'svc', 'deploy', 'rs', 'rc', 'sts', 'ds', 'job', 'cj', 'no', 'ns', 'cm', 'secret', 'sa', 'ev', 'ep', 'pv', 'pvc', 'sc', 'pdb', 'lease', 'pc'])('resolves %s', (t) => {
    expect(parseResourceArgs([t])).toHaveLength(1);
  });
  it('refuses an unknown type in kubectl words', () => {
    expect(() => parseResourceArgs(['nope'])).toThrow('the server doesn\'t have a resource type "nope"');
  });
  it('refuses a type before TYPE/NAME', () => {
    expect(() => parseResourceArgs(['deploy', 'svc/x'])).toThrow(/no need to specify a resource type/);
  });
  it('prefixes kinds when several kinds or a category print', () => {
    expect(showKinds(['po'], parseResourceArgs(['po']))).toBe(false);
    expect(showKinds(['po,svc'], parseResourceArgs(['po,svc']))).toBe(true);
    expect(showKinds(['all'], parseResourceArgs(['all']))).toBe(true);
  });
});
