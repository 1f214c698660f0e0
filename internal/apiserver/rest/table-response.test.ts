// Server-side printing: what each row of a Table carries besides its cells, by includeObject.
// Kubernetes' TableRow.object is a RawExtension, which JSON always writes: null when None asks for nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { configMap } from '../registry/registry-test-helpers.js';
import { useFaces } from './faces-test-helpers.js';

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io';
const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';

const startFaces = useFaces();
let base: string;

beforeEach(async () => {
  const faces = await startFaces();
  base = faces.base;
  await faces.f.store('configmaps').create('default', configMap('a', { k: 'v' }));
});

/** The rows of the Table a GET of `path` answers, as the JSON text has them. */
async function rowsOf(path: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(base + path, { headers: { Accept: TABLE } });
  expect(res.status).toBe(200);
  const table = (await res.json()) as { kind: string; rows: Record<string, unknown>[] };
  expect(table.kind).toBe('Table');
  return table.rows;
}

describe('a Table with includeObject=None', () => {
  it.each([
    ['a list', CONFIGMAPS],
    ['a get', `${CONFIGMAPS}/a`],
  ])('writes "object": null in every row of %s', async (_name, path) => {
    const rows = await rowsOf(`${path}?includeObject=None`);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual(['cells', 'object']);
    expect(rows[0]!.object).toBeNull();
  });
});

describe('a Table with the default includeObject (Metadata)', () => {
  it('carries each object’s metadata as a PartialObjectMetadata', async () => {
    const rows = await rowsOf(CONFIGMAPS);
    expect(rows[0]!.object).toMatchObject({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { name: 'a', namespace: 'default' } });
  });
});
