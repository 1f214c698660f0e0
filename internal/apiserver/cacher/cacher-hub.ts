/**
 * CacherHub: feeds every resource's Cacher from one watch on the storage. At start it lists each
 * resource at one revision, then follows the storage's event stream from that revision, handing
 * each event to its resource's cache and telling the others the global revision moved (so their
 * lists and bookmarks carry the newest revision, as Kubernetes' progress notifications do).
 */
import type { Storage, StorageWatch } from '../../storage/index.js';
import type { Cacher } from './cacher.js';

/** The set of watch caches over one storage. */
export class CacherHub {
  private readonly cachers = new Map<string, Cacher>();
  private watch: StorageWatch | undefined;
  private failed: Error | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly onFatal: (err: Error) => void,
  ) {}

  /** Registers a resource's cache; its prefix must be `/registry/<resource>/`. */
  add(cacher: Cacher): void {
    this.cachers.set(cacher.options.prefix, cacher);
  }

  /** The error that stopped the hub, if any. */
  get error(): Error | undefined {
    return this.failed;
  }

  /** Fills every cache at one revision and starts following the storage. */
  async start(): Promise<void> {
    const revision = this.storage.currentRevision();
    for (const cacher of this.cachers.values()) {
      const { items } = await this.storage.list(cacher.options.prefix, { revision });
      cacher.init(items, revision);
    }
    const all = [...this.cachers.values()];
    this.watch = this.storage.watch(
      revision,
      (ev) => {
        const prefixEnd = ev.key.indexOf('/', 10) + 1; // '/registry/'.length === 10
        const owner = this.cachers.get(ev.key.slice(0, prefixEnd));
        owner?.apply(ev);
        for (const c of all) if (c !== owner) c.progress(ev.revision);
      },
      (err) => {
        this.failed = err;
        this.onFatal(err);
      },
    );
  }

  /** Tells every cache that storage was compacted to `revision`. */
  compacted(revision: number): void {
    for (const c of this.cachers.values()) c.compacted(revision);
  }

  /** Stops following the storage and ends every watch. */
  stop(): void {
    this.watch?.close();
    for (const c of this.cachers.values()) c.stop();
  }
}
