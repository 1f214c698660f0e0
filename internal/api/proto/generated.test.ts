import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { protoDir } from './root.js';

const ROOT = join(protoDir(), '..');
const CHECKED_IN = join(ROOT, 'internal', 'api', 'generated');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

describe('generated types', () => {
  const out = mkdtempSync(join(tmpdir(), 'skiff-gen-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('match what `npm run gen` makes from proto/ (run it after changing a .proto)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-types.mjs'), '--out', out], { stdio: 'pipe' });
    const fresh = files(out).map((f) => relative(out, f));
    const current = files(CHECKED_IN).map((f) => relative(CHECKED_IN, f));
    expect(current).toEqual(fresh);
    const stale = fresh.filter((f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(CHECKED_IN, f), 'utf8'));
    expect(stale, `stale generated files: ${stale.join(', ')}; run \`npm run gen\``).toEqual([]);
  });
});
