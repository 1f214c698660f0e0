/**
 * RangeBitmap: which offsets of a fixed range are taken, Kubernetes' allocation bitmap. Reserved
 * offsets are never handed out by `allocateNext` but may be taken by asking for them, which is how
 * the `kubernetes` Service and cluster DNS keep their well-known addresses.
 */

/** Picks a number in [0, 1), as Math.random does; injectable so tests choose what is picked. */
export type RandomSource = () => number;

/** The taken offsets of a range of `size`. */
export class RangeBitmap {
  private readonly bits: Uint32Array;
  private readonly reserved: ReadonlySet<number>;
  private taken = 0;
  private reservedTaken = 0;

  constructor(
    readonly size: number,
    reserved: Iterable<number> = [],
  ) {
    this.bits = new Uint32Array(Math.ceil(size / 32));
    this.reserved = new Set([...reserved].filter((i) => i >= 0 && i < size));
  }

  /** True when `offset` is taken. */
  has(offset: number): boolean {
    return (this.bits[offset >>> 5] & (1 << (offset & 31))) !== 0;
  }

  /** Takes `offset`; false when it was already taken. */
  allocate(offset: number): boolean {
    if (this.has(offset)) return false;
    this.bits[offset >>> 5] |= 1 << (offset & 31);
    this.taken++;
    if (this.reserved.has(offset)) this.reservedTaken++;
    return true;
  }

  /** Gives `offset` back; false when it was not taken. */
  release(offset: number): boolean {
    if (!this.has(offset)) return false;
    this.bits[offset >>> 5] &= ~(1 << (offset & 31));
    this.taken--;
    if (this.reserved.has(offset)) this.reservedTaken--;
    return true;
  }

  /**
   * Takes a free, unreserved offset: the first one at or after a random start, wrapping around, as
   * Kubernetes' random-scan strategy does. Undefined when none is left.
   */
  allocateNext(random: RandomSource): number | undefined {
    if (this.free() === 0) return undefined;
    const start = Math.min(this.size - 1, Math.floor(random() * this.size));
    for (let i = 0; i < this.size; i++) {
      const at = (start + i) % this.size;
      if (!this.has(at) && !this.reserved.has(at)) {
        this.allocate(at);
        return at;
      }
    }
    return undefined;
  }

  /** How many offsets `allocateNext` can still hand out. */
  free(): number {
    return this.size - this.reserved.size - (this.taken - this.reservedTaken);
  }

  /** How many offsets are taken, reserved ones included. */
  used(): number {
    return this.taken;
  }

  /** Gives every offset back. */
  clear(): void {
    this.bits.fill(0);
    this.taken = 0;
    this.reservedTaken = 0;
  }
}
