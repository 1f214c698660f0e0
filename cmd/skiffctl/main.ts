#!/usr/bin/env node
// skiffctl: the command line of Skiff, kubectl-shaped. Everything lives in internal/ctl.
import { processIO, runSkiffctl } from '../../internal/ctl/index.js';

const controller = new AbortController();
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    // The first signal ends a watch or a wait cleanly; a second one exits at once.
    if (interrupted) process.exit(sig === 'SIGINT' ? 130 : 143);
    interrupted = true;
    controller.abort();
  });
}
const code = await runSkiffctl(process.argv.slice(2), processIO(controller.signal));
process.exitCode = code;
