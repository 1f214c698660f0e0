/**
 * NodePortOperation: the node ports one Service write takes, Kubernetes' PortAllocationOperation.
 * A real operation takes each port at once and `revert` gives back what it took when the write
 * fails. A dry run takes nothing, as Kubernetes' dry-run operation does: a requested port is
 * refused only when it is taken or this write already asked for it (Kubernetes does not check the
 * range on a dry run, so a port outside it passes), and a random one is a placeholder: one past
 * the highest port this write has set aside, starting at 32769, never checked against anything.
 */
import type { PortAllocator } from './port-allocator.js';

/** The placeholder a dry run's first random port follows, Kubernetes' own. */
const DRY_RUN_LAST_PORT = 32768;

/** The node ports of one write, taken for real or, on a dry run, only set aside. */
export class NodePortOperation {
  private readonly allocated: number[] = [];

  constructor(
    private readonly allocator: PortAllocator,
    private readonly dryRun: boolean,
  ) {}

  /**
   * Takes `port`, or a random free one when it is 0 or absent, and returns it. Throws the
   * allocator's AllocationError; a dry run throws only AlreadyAllocated.
   */
  allocate(port?: number): number {
    if (this.dryRun) return port ? this.setAside(port) : this.placeholder();
    const taken = this.allocator.allocate(port || undefined);
    this.allocated.push(taken);
    return taken;
  }

  /** Gives back everything this operation took (nothing on a dry run). */
  revert(): void {
    const taken = this.allocated.splice(0);
    if (!this.dryRun) for (const port of taken) this.allocator.release(port);
  }

  private setAside(port: number): number {
    this.allocator.checkFree(port, this.allocated);
    this.allocated.push(port);
    return port;
  }

  private placeholder(): number {
    const port = (this.allocated.length > 0 ? Math.max(...this.allocated) : DRY_RUN_LAST_PORT) + 1;
    this.allocated.push(port);
    return port;
  }
}
