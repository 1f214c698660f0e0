// Which kinds refuse an update without a resourceVersion: those whose Kubernetes 1.32 strategy
// answers AllowUnconditionalUpdate() false (pkg/registry/coordination/lease/strategy.go,
// pkg/registry/policy/poddisruptionbudget/strategy.go, whose status strategy embeds it); every
// other kind Skiff serves answers true.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES } from './index.js';

describe('allowUnconditionalUpdate', () => {
  it('is false for leases and poddisruptionbudgets alone', () => {
    const refusing = Object.entries(DEFAULT_STRATEGIES).filter(([, s]) => s.allowUnconditionalUpdate === false).map(([resource]) => resource);
    expect(refusing.sort()).toEqual(['leases', 'poddisruptionbudgets']);
  });
});
