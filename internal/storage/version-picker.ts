/**
 * NewestVersionPicker: folds a key-ordered run of LevelDB version keys (see leveldb-layout.ts) into
 * each key's newest live version at or below one revision. It is synchronous and fed page by page,
 * so list, count and recovery share one reading of the layout without a promise per key.
 */
import { isTombstone, keyBytesOf, revisionOfVersion } from './leveldb-layout.js';

/** A key's chosen version: its version key and, when values were read, its value. */
export interface PickedVersion {
  readonly versionKey: Buffer;
  readonly value: Buffer | undefined;
}

/** Picks each key's newest live version at or below `revision` from versions fed in key order. */
export class NewestVersionPicker {
  private group: Buffer | undefined;
  private chosen: Buffer | undefined;
  private chosenValue: Buffer | undefined;

  constructor(private readonly revision: number) {}

  /** Feeds the next version; when it starts a new key, returns the previous key's pick, if live. */
  push(versionKey: Buffer, value?: Buffer): PickedVersion | undefined {
    const keyBytes = keyBytesOf(versionKey);
    let finished: PickedVersion | undefined;
    if (this.group === undefined || !keyBytes.equals(this.group)) {
      finished = this.finish();
      this.group = keyBytes;
    }
    // Versions of one key arrive oldest first, so the last one at or below the revision wins.
    if (revisionOfVersion(versionKey) <= this.revision) {
      this.chosen = versionKey;
      this.chosenValue = value;
    }
    return finished;
  }

  /** Ends the current key; returns its pick, if live. */
  finish(): PickedVersion | undefined {
    const chosen = this.chosen;
    const value = this.chosenValue;
    this.group = undefined;
    this.chosen = undefined;
    this.chosenValue = undefined;
    return chosen === undefined || isTombstone(chosen) ? undefined : { versionKey: chosen, value };
  }
}
