import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protoDir } from '../proto/root.js';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { decodeProto, encodeProto } from './proto-codec.js';
import { objectFromJSON, objectToJSON, typeFor } from './scheme.js';

const GOLDEN = join(protoDir(), '..', 'test', 'fixtures', 'golden');
const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.json')).sort();

describe('golden Kubernetes JSON', () => {
  it('has a golden file for every kind', () => {
    const expected = [...KINDS, ...SUBRESOURCE_KINDS].map((k) => `${k.group || 'core'}.${k.version}.${k.kind}.json`);
    expect(files).toEqual(expect.arrayContaining(expected));
  });

  it.each(files)('%s decodes with no problems and encodes back unchanged, through proto too', (file) => {
    const text = readFileSync(join(GOLDEN, file), 'utf8');
    const json = JSON.parse(text);
    const { object, problems } = objectFromJSON(json);
    expect(problems).toEqual([]);
    expect(JSON.stringify(objectToJSON(object), null, 2) + '\n').toBe(text.endsWith('\n') ? text : text + '\n');
    const type = typeFor(object.apiVersion!, object.kind!)!;
    const viaProto = decodeProto(type, encodeProto(type, object));
    expect(objectToJSON(viaProto)).toStrictEqual(json);
  });
});
