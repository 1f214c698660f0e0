/**
 * Test fixture: the MergeItem message Kubernetes' own strategic-merge tests use, written as proto with
 * Skiff's patch options, parsed into a root beside the real skiff/options.proto and meta/v1/meta.proto
 * so the tests depend on no kind still being written. Only tests import this file.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';
import { protoDir } from '../proto/root.js';
import { schemaForType, type PatchSchema } from './patch-schema.js';

const MERGE_ITEM_PROTO = `
syntax = "proto3";
package skiff.patchtest;
import "skiff/options.proto";
import "meta/v1/meta.proto";

message MergeItem {
  optional string name = 1;
  optional string value = 2;
  optional string other = 3;
  repeated MergeItem mergingList = 4 [(skiff.patch_strategy) = "merge", (skiff.patch_merge_key) = "name"];
  repeated MergeItem nonMergingList = 5;
  repeated int64 mergingIntList = 6 [(skiff.patch_strategy) = "merge"];
  repeated int64 nonMergingIntList = 7;
  repeated MergeItem mergeItemPtr = 8 [(skiff.patch_strategy) = "merge", (skiff.patch_merge_key) = "name"];
  map<string, string> simpleMap = 9;
  optional MergeItem replacingItem = 10 [(skiff.patch_strategy) = "replace"];
  optional RetainKeysMergeItem retainKeysMap = 11 [(skiff.patch_strategy) = "retainKeys"];
  repeated MergeItem retainKeysMergingList = 12 [(skiff.patch_strategy) = "merge,retainKeys", (skiff.patch_merge_key) = "name"];
  optional skiff.meta.v1.IntOrString port = 13;
  map<string, MergeItem> itemMap = 14;
  repeated MergeItem mapList = 15 [(skiff.list_type) = "map", (skiff.list_map_keys) = "name", (skiff.list_map_keys) = "value"];
}

message RetainKeysMergeItem {
  optional string name = 1;
  optional string value = 2;
  optional string other = 3;
  map<string, string> simpleMap = 4;
  repeated int64 mergingIntList = 5 [(skiff.patch_strategy) = "merge"];
  repeated MergeItem mergingList = 6 [(skiff.patch_strategy) = "merge", (skiff.patch_merge_key) = "name"];
  repeated MergeItem nonMergingList = 7;
}
`;

let root: protobuf.Root | undefined;

function testRoot(): protobuf.Root {
  if (root) return root;
  const dir = protoDir();
  const protobufDir = dirname(createRequire(import.meta.url).resolve('protobufjs/package.json'));
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? join(protobufDir, target) : join(dir, target));
  r.loadSync(['skiff/options.proto', 'meta/v1/meta.proto'], { keepCase: true });
  protobuf.parse(MERGE_ITEM_PROTO, r, { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}

/** The message type `skiff.patchtest.<name>` of the fixture. */
export function testType(name: string): protobuf.Type {
  return testRoot().lookupType(`skiff.patchtest.${name}`);
}

/** The patch schema of MergeItem. */
export function mergeItemSchema(): PatchSchema {
  return schemaForType(testType('MergeItem'));
}
