/**
 * strategies: every kind's Strategy, by resource, as the registry looks them up. One folder per
 * API group; this file is the one list.
 */
import type { Strategy } from '../strategy.js';
import { coreStrategies } from './core/index.js';
import { appsStrategies } from './apps/index.js';
import { batchStrategies } from './batch/index.js';
import { coordinationStrategies } from './coordination/index.js';
import { schedulingStrategies } from './scheduling/index.js';
import { policyStrategies } from './policy/index.js';
import { storageStrategies } from './storage/index.js';

/** The strategy of every resource Skiff serves. */
export const DEFAULT_STRATEGIES: Readonly<Record<string, Strategy>> = Object.freeze({
  ...coreStrategies,
  ...appsStrategies,
  ...batchStrategies,
  ...coordinationStrategies,
  ...schedulingStrategies,
  ...policyStrategies,
  ...storageStrategies,
});
