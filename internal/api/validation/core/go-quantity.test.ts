import { describe, expect, it } from 'vitest';
import { Quantity } from '../../resource/index.js';
import { FieldPath, GO_ADDRESS_PATTERN } from '../index.js';
import { validateResourceQuantityValue } from './index.js';

// Kubernetes reports a fractional count of an extended resource with the resource.Quantity itself,
// which its errors print with %#v: the int64 amount and power of ten ParseQuantity made of the
// text, rounded up to the milli as SetDefaults_ResourceList rounds it, and the text when canonical.
describe('a quantity that must be an integer', () => {
  const path = FieldPath.root('spec', 'containers').index(0).child('resources', 'limits').key('example.com/gpu');
  const quantity = (i: string, s: string, format = 'DecimalSI', dec = 'nil') =>
    `resource.Quantity{i:resource.int64Amount{${i}}, d:resource.infDecAmount{Dec:(*inf.Dec)(${dec})}, s:"${s}", Format:"${format}"}`;

  it.each<[string, string]>([
    ['500m', quantity('value:500, scale:-3', '500m')],
    ['1500m', quantity('value:1500, scale:-3', '1500m')],
    // Not canonical: no text kept; the amount keeps the scale it was written at.
    ['1.5', quantity('value:15, scale:-1', '')],
    ['1000500m', quantity('value:1000500, scale:-3', '1000500m')],
    // Finer than the milli: rounded up, away from zero, and the text dropped.
    ['2500u', quantity('value:3, scale:-3', '')],
    ['1e-4', quantity('value:1, scale:-3', '', 'DecimalExponent')],
    // No int64 fast path for a fractional binary amount: an *inf.Dec, printed as its address.
    ['0.0001Ki', quantity('value:0, scale:0', '', 'DecimalSI', '0x…')],
  ])('%s', (text, printed) => {
    const errs = validateResourceQuantityValue('example.com/gpu', Quantity.mustParse(text), path, text);
    expect(errs.map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'))).toEqual([`${path.toString()}: Invalid value: ${printed}: must be an integer`]);
  });
});
