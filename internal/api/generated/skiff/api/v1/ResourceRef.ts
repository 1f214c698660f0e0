// Original file: proto/api/v1/api.proto


/**
 * ResourceRef names what a request is about, as a Kubernetes REST path does.
 */
export interface ResourceRef {
  /**
   * API group; "" for the core group.
   */
  'group'?: (string);
  'version'?: (string);
  /**
   * Plural resource name (`pods`).
   */
  'resource'?: (string);
  /**
   * Empty for cluster-scoped resources, and for lists and watches across all namespaces.
   */
  'namespace'?: (string);
  'name'?: (string);
  /**
   * `status`, `scale`, `binding`, `eviction`, `finalize`, or empty for the resource itself.
   */
  'subresource'?: (string);
  '_group'?: "group";
  '_version'?: "version";
  '_resource'?: "resource";
  '_namespace'?: "namespace";
  '_name'?: "name";
  '_subresource'?: "subresource";
}

/**
 * ResourceRef names what a request is about, as a Kubernetes REST path does.
 */
export interface ResourceRef__Output {
  /**
   * API group; "" for the core group.
   */
  'group'?: (string);
  'version'?: (string);
  /**
   * Plural resource name (`pods`).
   */
  'resource'?: (string);
  /**
   * Empty for cluster-scoped resources, and for lists and watches across all namespaces.
   */
  'namespace'?: (string);
  'name'?: (string);
  /**
   * `status`, `scale`, `binding`, `eviction`, `finalize`, or empty for the resource itself.
   */
  'subresource'?: (string);
}
