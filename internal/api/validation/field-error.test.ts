import { describe, expect, it } from 'vitest';
import { FieldError, aggregateFieldErrors, aggregateMessages, validateImmutableField } from './field-error.js';
import { FieldPath } from './field-path.js';
import { NIL_STRING_LIST } from './go-value.js';

const replicas = FieldPath.root('spec').child('replicas');
const name = FieldPath.root('metadata').child('name');

describe('FieldError messages', () => {
  it.each([
    [
      FieldError.invalid(replicas, -1, 'must be greater than or equal to 0'),
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'FieldValueInvalid',
    ],
    [FieldError.invalid(name, 'Foo', 'bad'), 'metadata.name: Invalid value: "Foo": bad', 'FieldValueInvalid'],
    [FieldError.invalid(name, 'a"b\\c\n', ''), 'metadata.name: Invalid value: "a\\"b\\\\c\\n"', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, 1.5, 'x'), 'spec.replicas: Invalid value: 1.5: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, true, 'x'), 'spec.replicas: Invalid value: true: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, null, 'x'), 'spec.replicas: Invalid value: null: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, 2n ** 63n - 1n, 'x'), 'spec.replicas: Invalid value: 9223372036854775807: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, ['a', 'b'], 'x'), 'spec.replicas: Invalid value: []string{"a", "b"}: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, [], 'x'), 'spec.replicas: Invalid value: []string{}: x', 'FieldValueInvalid'],
    [FieldError.invalid(replicas, NIL_STRING_LIST, 'x'), 'spec.replicas: Invalid value: []string(nil): x', 'FieldValueInvalid'],
    [FieldError.invalid(name, 'x', 'field is immutable'), 'metadata.name: Invalid value: "x": field is immutable', 'FieldValueInvalid'],
    [FieldError.required(name), 'metadata.name: Required value', 'FieldValueRequired'],
    [
      FieldError.required(name, 'name or generateName is required'),
      'metadata.name: Required value: name or generateName is required',
      'FieldValueRequired',
    ],
    [
      FieldError.notSupported(FieldPath.root('spec', 'restartPolicy'), 'Sometimes', ['Always', 'OnFailure', 'Never']),
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      'FieldValueNotSupported',
    ],
    [FieldError.notSupported(name, 'x', []), 'metadata.name: Unsupported value: "x"', 'FieldValueNotSupported'],
    [
      FieldError.duplicate(FieldPath.root('spec', 'containers').index(1).child('name'), 'web'),
      'spec.containers[1].name: Duplicate value: "web"',
      'FieldValueDuplicate',
    ],
    [
      FieldError.forbidden(FieldPath.root('metadata', 'namespace'), 'not allowed on this type'),
      'metadata.namespace: Forbidden: not allowed on this type',
      'FieldValueForbidden',
    ],
    [
      FieldError.tooLong(FieldPath.root('metadata', 'annotations'), '', 262144),
      'metadata.annotations: Too long: may not be more than 262144 bytes',
      'FieldValueTooLong',
    ],
    [FieldError.tooLong(name, 'ab', 1), 'metadata.name: Too long: may not be more than 1 byte', 'FieldValueTooLong'],
    [FieldError.tooLong(name, 'ab', -1), 'metadata.name: Too long: value is too long', 'FieldValueTooLong'],
    [
      FieldError.tooMany(FieldPath.root('spec', 'containers'), 5, 3),
      'spec.containers: Too many: 5: must have at most 3 items',
      'FieldValueTooMany',
    ],
    [FieldError.notFound(FieldPath.root('spec', 'volume'), 'data'), 'spec.volume: Not found: "data"', 'FieldValueNotFound'],
    [FieldError.internalError(name, new Error('boom')), 'metadata.name: Internal error: boom', 'InternalError'],
  ])('%s', (err, message, reason) => {
    expect(err.toString()).toBe(message);
    expect(err.reason).toBe(reason);
    expect(`${err.field}: ${err.errorBody()}`).toBe(message);
  });

  it('keeps the detail apart from the printed body', () => {
    const err = FieldError.invalid(replicas, -1, 'must be greater than or equal to 0');
    expect(err.field).toBe('spec.replicas');
    expect(err.detail).toBe('must be greater than or equal to 0');
    expect(err.errorBody()).toBe('Invalid value: -1: must be greater than or equal to 0');
  });
});

describe('FieldError values of map[string]string fields', () => {
  const templateLabels = FieldPath.root('spec', 'template', 'metadata', 'labels');
  it.each([
    // Go's %#v of a map[string]string: keys sorted, `"k":"v"` joined by `, `.
    [templateLabels, { app: 'b' }, 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"b"}: x'],
    [templateLabels, { tier: 'db', app: 'a"b' }, 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"a\\"b", "tier":"db"}: x'],
    [templateLabels, {}, 'spec.template.metadata.labels: Invalid value: map[string]string{}: x'],
    [templateLabels, null, 'spec.template.metadata.labels: Invalid value: map[string]string(nil): x'],
    [templateLabels, undefined, 'spec.template.metadata.labels: Invalid value: map[string]string(nil): x'],
    [FieldPath.root('metadata', 'annotations'), { a: '1' }, 'metadata.annotations: Invalid value: map[string]string{"a":"1"}: x'],
    [FieldPath.root('spec', 'selector', 'matchLabels'), { a: '1' }, 'spec.selector.matchLabels: Invalid value: map[string]string{"a":"1"}: x'],
    [FieldPath.root('spec', 'nodeSelector'), { disk: 'ssd' }, 'spec.nodeSelector: Invalid value: map[string]string{"disk":"ssd"}: x'],
    // ValidateHasLabel reports one key with the whole map; a single label value stays a string.
    [templateLabels.key('job-name'), { 'job-name': 'other' }, 'spec.template.metadata.labels[job-name]: Invalid value: map[string]string{"job-name":"other"}: x'],
    [templateLabels.key('job-name'), 'a b', 'spec.template.metadata.labels[job-name]: Invalid value: "a b": x'],
    [templateLabels.key('job-name'), null, 'spec.template.metadata.labels[job-name]: Invalid value: null: x'],
    // A whole selector, even empty, is a *metav1.LabelSelector; other fields and values that are no string map print as before.
    [FieldPath.root('spec', 'selector'), {}, 'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: x'],
    // A value of no known Go type prints as the untyped value it decodes to, never as JSON.
    [FieldPath.root('spec', 'updateStrategy'), { type: 'Later' }, 'spec.updateStrategy: Invalid value: map[string]interface {}{"type":"Later"}: x'],
    [FieldPath.root('spec', 'nodeSelector'), { nodeSelectorTerms: [] }, 'spec.nodeSelector: Invalid value: map[string]interface {}{"nodeSelectorTerms":[]interface {}{}}: x'],
    [FieldPath.root('metadata', 'labels'), 'Bad Key', 'metadata.labels: Invalid value: "Bad Key": x'],
    [FieldPath.root('metadata', 'mylabels'), { a: '1' }, 'metadata.mylabels: Invalid value: map[string]interface {}{"a":"1"}: x'],
  ])('%s %j', (path, value, message) => {
    expect(FieldError.invalid(path, value, 'x').toString()).toBe(message);
  });

  it('prints the map for every type that shows its value', () => {
    expect(FieldError.duplicate(FieldPath.root('metadata', 'labels'), { a: '1' }).toString()).toBe(
      'metadata.labels: Duplicate value: map[string]string{"a":"1"}',
    );
  });
});

describe('aggregate', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], '[a, b]'],
    [['a', 'b', 'a'], '[a, b]'],
    [['a', 'a'], 'a'],
  ])('%j → %s', (messages, want) => {
    expect(aggregateMessages(messages)).toBe(want);
  });

  it('joins field errors as Kubernetes does', () => {
    const errs = [FieldError.required(name), FieldError.invalid(replicas, -1, 'must be greater than or equal to 0')];
    expect(aggregateFieldErrors(errs)).toBe(
      '[metadata.name: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]',
    );
  });
});

describe('validateImmutableField', () => {
  const selector = FieldPath.root('spec', 'selector');
  it.each([
    ['same scalar', 'a', 'a', 0],
    ['changed scalar', 'a', 'b', 1],
    ['same object', { matchLabels: { a: 'b' } }, { matchLabels: { a: 'b' } }, 0],
    ['changed object', { matchLabels: { a: 'b' } }, { matchLabels: { a: 'c' } }, 1],
    ['empty list equals unset', [], undefined, 0],
    ['undefined key equals absent key', { a: undefined }, {}, 0],
  ])('%s', (_name, next, prev, count) => {
    expect(validateImmutableField(next, prev, selector)).toHaveLength(count);
  });

  it('says the field is immutable', () => {
    expect(validateImmutableField('b', 'a', selector).map(String)).toEqual([
      'spec.selector: Invalid value: "b": field is immutable',
    ]);
  });

  // What `kubectl apply` shows when a Deployment's selector changes: the *metav1.LabelSelector as %#v.
  it.each([
    [
      { matchLabels: { app: 'web2', tier: 'fe' } },
      'v1.LabelSelector{MatchLabels:map[string]string{"app":"web2", "tier":"fe"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}',
    ],
    [
      { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }, { key: 'canary', operator: 'DoesNotExist' }] },
      'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"fe", "be"}}, v1.LabelSelectorRequirement{Key:"canary", Operator:"DoesNotExist", Values:[]string(nil)}}}',
    ],
    [undefined, 'null'],
  ])('prints a changed LabelSelector %j as Kubernetes does', (next, printed) => {
    expect(validateImmutableField(next, { matchLabels: { app: 'web' } }, selector).map(String)).toEqual([`spec.selector: Invalid value: ${printed}: field is immutable`]);
  });

  it('prints a Service\'s selector, a plain string map, as a map[string]string', () => {
    expect(String(validateImmutableField({ app: 'b' }, { app: 'a' }, selector)[0])).toBe('spec.selector: Invalid value: map[string]string{"app":"b"}: field is immutable');
  });
});
