/**
 * Duplicate keys in a JSON text, by field path (`metadata.name`, `spec.containers[0].image`), and
 * the walk over a text's keys that finds them.
 * JSON.parse keeps the last of two equal keys silently; Kubernetes' strict decoding reports them,
 * so bodies and patches are scanned once for them. The scanner assumes the text already parsed.
 */

/** Paths of every key that appears more than once in the same object, each reported once. */
export function findDuplicateKeys(text: string): string[] {
  // Most bodies repeat no key at all; a cheap pass over the text skips the full scan
  // when no quoted key repeats. Keys written with escapes (`"\u006b"` is `"k"`) are
  // compared only once decoded, so a text with a backslash always takes the full scan.
  if (!text.includes('\\') && !mayHaveDuplicates(text)) return [];
  const out: string[] = [];
  visitKeys(text, (path, repeat) => {
    if (repeat === 1) out.push(path);
  });
  return out;
}

/**
 * Calls `onKey` for every key of every object in a JSON text, in text order, with its path and
 * how many times the same key came before it in the same object (0 the first time).
 */
export function visitKeys(text: string, onKey: (path: string, repeat: number) => void): void {
  new Scanner(text, onKey).value('');
}

function mayHaveDuplicates(text: string): boolean {
  const seen = new Set<string>();
  const re = /"((?:[^"\\]|\\.)*)"\s*:/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (seen.has(m[1]!)) return true;
    seen.add(m[1]!);
  }
  return false;
}

class Scanner {
  private i = 0;

  constructor(
    private readonly s: string,
    private readonly onKey: (path: string, repeat: number) => void,
  ) {}

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }

  value(path: string): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.string();
    else while (this.i < this.s.length && !',}] \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  private object(path: string): void {
    this.i++;
    const seen = new Map<string, number>();
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return;
      }
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      const key = this.string();
      const child = path === '' ? key : `${path}.${key}`;
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      this.onKey(child, repeat);
      this.ws();
      this.i++; // the colon
      this.value(child);
      if (this.i >= this.s.length) return;
    }
  }

  private array(path: string): void {
    this.i++;
    for (let n = 0; ; ) {
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return;
      }
      if (this.s[this.i] === ',') {
        this.i++;
        n++;
        continue;
      }
      this.value(`${path}[${n}]`);
      if (this.i >= this.s.length) return;
    }
  }
}
