/** `skiffctl cluster-info`: where the control plane answers (kubectl's line, for the REST URL and the gRPC Api). */
import { defineCommand } from './command.js';

export const clusterInfoCommand = defineCommand({
  name: 'cluster-info',
  short: 'Display cluster information',
  usage: '[flags]',
  flags: {},
  async run(ctx) {
    // A call first, so a cluster that does not answer fails here as every other command does.
    await ctx.client().api.discovery();
    const r = ctx.resolution();
    ctx.out(`Kubernetes control plane is running at ${r.restServer ?? `grpc://${r.address}`}\n`);
    if (r.restServer) ctx.out(`Skiff gRPC Api is running at ${r.address}\n`);
    ctx.out(`\nTo further debug and diagnose cluster problems, use 'skiffctl get events -A'.\n`);
  },
});
