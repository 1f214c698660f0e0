import { describe, expect, it } from 'vitest';
import type { ServiceSpec__Output } from '../generated/skiff/core/v1/ServiceSpec.js';
import { samePluralClusterIPs, sameSingularAndPluralClusterIPs } from './index.js';

describe('the two sameClusterIPs', () => {
  it.each<[string, ServiceSpec__Output, ServiceSpec__Output, boolean, boolean]>([
    // old, new, samePluralClusterIPs, sameSingularAndPluralClusterIPs
    ['nothing set', {}, {}, true, true],
    ['both fields kept', { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }, { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }, true, true],
    ['only the singular changed', { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }, { clusterIP: '', clusterIPs: ['10.0.0.5'] }, true, false],
    ['the plural changed', { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }, { clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.6'] }, false, false],
    ['the plural dropped', { clusterIPs: ['10.0.0.5'] }, {}, false, false],
    ['an empty plural is an absent one', { clusterIPs: [] }, {}, true, true],
  ])('%s', (_name, before, after, plural, both) => {
    expect([samePluralClusterIPs(before, after), sameSingularAndPluralClusterIPs(before, after)]).toEqual([plural, both]);
  });
});
