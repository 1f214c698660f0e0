/**
 * run(): what `skiff-apiserver` does once its flags are parsed: start the server with every kind's
 * strategy, the admission chain and the Service allocators, print the ready line, serve until
 * SIGINT/SIGTERM, then shut down cleanly. SIGUSR1 compacts storage at once (for tests and operators).
 */
import type { RunContext } from '../cli/index.js';
import { ApiServer } from './server.js';
import { optionsFromFlags, type ApiServerFlags } from './flags.js';

/** Runs the API server until `ctx.signal` fires. */
export async function runApiServer(flags: ApiServerFlags, ctx: RunContext): Promise<void> {
  const server = new ApiServer({ ...optionsFromFlags(flags), logger: ctx.logger });
  await server.start();
  const onUsr1 = (): void => void server.compact();
  process.on('SIGUSR1', onUsr1);
  ctx.ready({ grpc: server.grpcAddress, http: server.httpAddress });
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  process.off('SIGUSR1', onUsr1);
  await server.stop();
}
