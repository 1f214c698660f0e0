/** The registry of skiffctl's verbs, in the order `skiffctl --help` lists them. */
import type { Command } from './command.js';
import { annotateCommand } from './annotate.js';
import { apiResourcesCommand } from './api-resources.js';
import { applyCommand } from './apply.js';
import { clusterInfoCommand } from './cluster-info.js';
import { configCommand } from './config.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { describeCommand } from './describe.js';
import { editCommand } from './edit.js';
import { getCommand } from './get.js';
import { labelCommand } from './label.js';
import { patchCommand } from './patch.js';
import { replaceCommand } from './replace.js';
import { scaleCommand } from './scale.js';
import { versionCommand } from './version.js';
import { waitCommand } from './wait.js';

/** Every verb. */
export const COMMANDS: readonly Command[] = [
  createCommand,
  getCommand,
  editCommand,
  deleteCommand,
  applyCommand,
  patchCommand,
  replaceCommand,
  labelCommand,
  annotateCommand,
  scaleCommand,
  describeCommand,
  waitCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  configCommand,
  versionCommand,
];
