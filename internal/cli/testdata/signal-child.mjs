// A tiny Skiff binary for lifecycle-process.test.ts: it runs runMain from the lifecycle code that the
// test transpiled into the folder named by SKIFF_CLI_DIST, prints a ready line, and then behaves as
// --mode says: `clean` shuts down on the first signal, `stuck` never finishes shutting down, `fail`
// rejects at once.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import process from 'node:process';
import { clearInterval, setInterval } from 'node:timers';

const { runMain } = await import(pathToFileURL(join(process.env.SKIFF_CLI_DIST, 'index.js')).href);

const flags = {
  mode: { type: 'enum', values: ['clean', 'stuck', 'fail'], default: 'clean', help: 'how run behaves' },
};

await runMain('skiff-child', process.argv.slice(2), flags, async (options, ctx) => {
  // Stands in for a listening server: it is what keeps the process alive until shutdown.
  const server = setInterval(() => {}, 60_000);
  ctx.ready({ pid: String(process.pid) });
  if (options.mode === 'fail') {
    clearInterval(server);
    throw new Error('boom');
  }
  await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
  if (options.mode === 'stuck') await new Promise(() => {});
  clearInterval(server);
  ctx.logger.info('listeners closed');
});
