/**
 * The limit on warnings sent back with a response, as Kubernetes' apiserver applies it
 * (k8s.io/apiserver pkg/endpoints/filters/warning.go): warnings are deduplicated; while their texts
 * total at most 4 KiB runes (code points) they go out whole; once a warning would pass that, every
 * warning, those already recorded included, is cut to 256 runes, and recording stops when the total
 * reaches 4 KiB runes. Both faces send what a recorder holds (the REST face as `Warning` headers,
 * the gRPC face in its warnings trailer), and a decoder that finds many problems records into one
 * so it can stop building warnings once `full`.
 */

/** Runes (code points) of warning text a response carries before the rest is dropped. */
export const WARNING_TOTAL_RUNES = 4 * 1024;
/** Runes each warning is cut to once the total would pass WARNING_TOTAL_RUNES. */
export const WARNING_ITEM_RUNES = 256;

/** Collects a response's warnings under Kubernetes' limit. */
export class WarningRecorder {
  private readonly recorded = new Set<string>();
  /** The whole texts recorded before truncation began, to replay cut when it does. */
  private readonly ordered: string[] = [];
  private readonly out: string[] = [];
  private written = 0;
  private truncating = false;

  /** Whether further warnings would be dropped. */
  get full(): boolean {
    return this.truncating && this.written >= WARNING_TOTAL_RUNES;
  }

  /** The warnings to send, in the order they were first recorded. */
  get warnings(): readonly string[] {
    return this.out;
  }

  /** Records `text` unless it is empty, already recorded, or the recorder is full. */
  add(text: string): void {
    if (text === '' || this.full || this.recorded.has(text)) return;
    this.recorded.add(text);
    let runes = runeCount(text);
    if (this.truncating) {
      if (runes > WARNING_ITEM_RUNES) {
        text = cut(text);
        runes = WARNING_ITEM_RUNES;
      }
      this.written += runes;
      this.out.push(text);
      return;
    }
    this.ordered.push(text);
    if (this.written + runes <= WARNING_TOTAL_RUNES) {
      this.written += runes;
      this.out.push(text);
      return;
    }
    this.truncating = true;
    this.written = 0;
    this.out.length = 0;
    for (const t of this.ordered) {
      const r = runeCount(t);
      this.out.push(r > WARNING_ITEM_RUNES ? cut(t) : t);
      this.written += Math.min(r, WARNING_ITEM_RUNES);
    }
    this.ordered.length = 0;
  }
}

/** `warnings` under Kubernetes' limit: what a WarningRecorder given them in order would send. */
export function limitWarnings(warnings: Iterable<string>): readonly string[] {
  const recorder = new WarningRecorder();
  for (const w of warnings) {
    if (recorder.full) break;
    recorder.add(w);
  }
  return recorder.warnings;
}

function runeCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** The first WARNING_ITEM_RUNES code points of `text`. */
function cut(text: string): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n++ === WARNING_ITEM_RUNES) break;
    out += ch;
  }
  return out;
}
