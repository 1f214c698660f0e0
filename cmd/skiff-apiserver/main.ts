#!/usr/bin/env node
// skiff-apiserver: parses flags and hands them to runApiServer.
import { runMain } from '../../internal/cli/index.js';
import { API_SERVER_FLAGS, runApiServer } from '../../internal/apiserver/index.js';

void runMain('skiff-apiserver', process.argv.slice(2), API_SERVER_FLAGS, runApiServer, {
  description: 'The Skiff API server: stores every object in LevelDB and serves the Kubernetes API over gRPC.',
});
