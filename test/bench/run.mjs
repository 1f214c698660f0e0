// `npm run bench`: runs every *.bench.mjs in this folder in turn (or those named on the command
// line); each prints one JSON line per figure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HERE } from './lib.mjs';

const wanted = process.argv.slice(2);
const benches = readdirSync(HERE)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = false;
for (const file of benches) {
  const res = spawnSync(process.execPath, [join(HERE, file)], { stdio: 'inherit' });
  if (res.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
