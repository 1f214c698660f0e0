// Regenerates internal/api/generated/ from every .proto under proto/ with the project's one set
// of proto-loader options (internal/api/proto/loader-options.json). With --check DIR it writes
// into DIR instead, so a test can compare a fresh generation with the checked-in one.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const options = JSON.parse(readFileSync(join(root, 'internal/api/proto/loader-options.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'internal/api/generated');

function protoFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? protoFiles(join(dir, e.name)) : e.name.endsWith('.proto') ? [join(dir, e.name)] : [],
  );
}

const flags = [];
for (const [k, v] of Object.entries(options)) {
  if (v === true) flags.push(`--${k}`);
  else if (v === false) continue;
  else flags.push(`--${k}=${v}`);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = protoFiles(protoDir).map((f) => relative(protoDir, f)).sort();
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
    ...flags,
    '--grpcLib=@grpc/grpc-js',
    '--includeComments',
    '--inputTemplate=%s',
    '--outputTemplate=%s__Output',
    `--includeDirs=${protoDir}`,
    `--outDir=${outDir}`,
    ...files,
  ],
  { cwd: protoDir, stdio: 'inherit' },
);

// proto-loader-gen-types writes each source's absolute path into a comment; make it relative so the
// output does not depend on where the repository is checked out.
function relativize(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) relativize(p);
    else {
      const text = readFileSync(p, 'utf8');
      // NodeNext resolution wants explicit extensions on relative imports.
      const fixed = text
        .split(protoDir + '/')
        .join('proto/')
        .replace(/from '(\.{1,2}\/[^']*)'/g, (m, spec) => (spec.endsWith('.js') ? m : `from '${spec}.js'`));
      if (fixed !== text) writeFileSync(p, fixed);
    }
  }
}
relativize(outDir);
