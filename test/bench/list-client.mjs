// Lists every pod in `default` over gRPC in pages of `limit`, decoding them as a client would, and
// prints the wall time as one JSON value (the gRPC counterpart of `kubectl get pods`).
import { ApiClient } from '../../dist/internal/client/api-client.js';
import { r2 } from './lib.mjs';

const [address, limitArg = '500'] = process.argv.slice(2);
const client = new ApiClient({ address });
const kind = ApiClient.kind('pods');
const t0 = performance.now();
let token;
let items = 0;
do {
  const page = await client.list({ kind, namespace: 'default' }, { limit: Number(limitArg), continue: token });
  items += page.items.length;
  token = page.continue;
} while (token);
const ms = performance.now() - t0;
client.close();
process.stdout.write(JSON.stringify({ pods: items, wallMs: r2(ms) }));
