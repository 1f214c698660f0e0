import { describe, expect, it } from 'vitest';
import { FieldPath, childOf, pathString } from './field-path.js';

describe('FieldPath', () => {
  it.each([
    [FieldPath.root('spec'), 'spec'],
    [FieldPath.root('spec', 'template', 'spec'), 'spec.template.spec'],
    [FieldPath.root('spec').child('containers').index(0).child('image'), 'spec.containers[0].image'],
    [FieldPath.root('spec').child('containers').index(0).key('foo'), 'spec.containers[0][foo]'],
    [FieldPath.root('metadata').child('labels').key('foo'), 'metadata.labels[foo]'],
    [FieldPath.root('metadata').child('annotations').key('example.com/a b'), 'metadata.annotations[example.com/a b]'],
    [FieldPath.root('a').child('b', 'c').index(2).index(3), 'a.b.c[2][3]'],
    [FieldPath.root(''), '[]'],
  ])('prints %s', (path, want) => {
    expect(path.toString()).toBe(want);
  });

  it('shares parents without mutating them', () => {
    const spec = FieldPath.root('spec');
    spec.child('a');
    spec.child('b');
    expect(spec.toString()).toBe('spec');
  });

  it('prints an absent path as Go prints a nil *field.Path', () => {
    expect(pathString(undefined)).toBe('<nil>');
    expect(childOf(undefined, 'values').toString()).toBe('values');
    expect(childOf(FieldPath.root('spec'), 'values').toString()).toBe('spec.values');
  });
});
