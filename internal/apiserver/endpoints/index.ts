/**
 * endpoints: what the gRPC face and the REST face share above the registry: request options
 * parsed the same way, the subresource dispatch of creates and updates, deletes and
 * deletecollection with the warnings their options earn, the scale patch, and the discovery
 * listing. Nothing here knows a wire.
 */
export { parseDryRun, toDeleteOptions, toWriteOptions, metadataOnly, type DeleteOptionsInput, type WriteOptionsKind } from './request-options.js';
export { createOn, updateOn, deleteOn, deleteCollection, patchOn, patchScale } from './resource-calls.js';
export { discoveryResources, discovery, type DiscoveryResource } from './discovery-resources.js';
