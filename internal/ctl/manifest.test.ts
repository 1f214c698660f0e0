import { describe, expect, it } from 'vitest';
import { decodeManifest } from './manifest-decoder.js';
import { parseManifest } from './manifest-reader.js';

const strict = { validate: 'strict' as const, namespace: 'default', explicitNamespace: false };

describe('manifests', () => {
  it('reads several documents, skipping empty ones, and expands a List', () => {
    const docs = parseManifest('---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n', 'f.yaml');
    expect(docs.map((d) => [d.index, (d.json['metadata'] as { name: string }).name])).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
  });

  it('fills the namespace of a namespaced kind', () => {
    const [doc] = parseManifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n', 'f.yaml');
    const m = decodeManifest(doc!, strict);
    expect(m.namespace).toBe('default');
    expect(m.object.metadata?.namespace).toBe('default');
  });

  it.each([
    ['an unknown field, by path', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replica: 1\n', 'error validating "web.yaml" (document 1, Deployment "web"): strict decoding error: unknown field "spec.replica"'],
    ['a duplicate field, by path', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n', 'duplicate field "metadata.name"'],
    ['a wrong type', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: many\n', /error validating "web.yaml" \(document 1, Deployment "web"\): .*spec\.replicas/],
    ['an unknown kind', 'apiVersion: v1\nkind: Gizmo\nmetadata: {name: g}\n', 'no matches for kind "Gizmo" in version "v1"'],
    ['a missing name', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n', 'error validating "web.yaml" (document 1, ConfigMap): metadata.name: Required value'],
    ['a missing kind', 'apiVersion: v1\nmetadata: {name: a}\n', 'kind not set'],
  ])('rejects %s, naming file and document', (_what, text, message) => {
    const [doc] = parseManifest(text, 'web.yaml');
    expect(() => decodeManifest(doc!, strict)).toThrow(message);
  });

  it('only warns about unknown fields with --validate=warn', () => {
    const [doc] = parseManifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nfoo: 1\n', 'f.yaml');
    expect(decodeManifest(doc!, { ...strict, validate: 'warn' }).warnings).toEqual(['unknown field "foo"']);
    expect(decodeManifest(doc!, { ...strict, validate: 'ignore' }).warnings).toEqual([]);
  });

  it('refuses a namespace that disagrees with -n', () => {
    const [doc] = parseManifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n', 'f.yaml');
    expect(() => decodeManifest(doc!, { ...strict, namespace: 'y', explicitNamespace: true })).toThrow(/does not match the namespace "y"/);
  });
});
