#!/usr/bin/env node
// skiff-controller-manager: parses flags and hands them to runControllerManager.
import { runMain } from '../../internal/cli/index.js';
import { CONTROLLER_MANAGER_FLAGS, runControllerManager } from '../../internal/controllermanager/index.js';

void runMain('skiff-controller-manager', process.argv.slice(2), CONTROLLER_MANAGER_FLAGS, runControllerManager, {
  description: 'The Skiff controller manager: runs the controllers (garbage collector, namespace) while it holds the leader lease.',
});
