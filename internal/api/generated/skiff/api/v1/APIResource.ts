// Original file: proto/api/v1/api.proto


/**
 * APIResource describes one resource or subresource, as Kubernetes discovery does.
 */
export interface APIResource {
  'name'?: (string);
  'singularName'?: (string);
  'namespaced'?: (boolean);
  'group'?: (string);
  'version'?: (string);
  'kind'?: (string);
  'verbs'?: (string)[];
  'shortNames'?: (string)[];
  'categories'?: (string)[];
  '_name'?: "name";
  '_singularName'?: "singularName";
  '_namespaced'?: "namespaced";
  '_group'?: "group";
  '_version'?: "version";
  '_kind'?: "kind";
}

/**
 * APIResource describes one resource or subresource, as Kubernetes discovery does.
 */
export interface APIResource__Output {
  'name'?: (string);
  'singularName'?: (string);
  'namespaced'?: (boolean);
  'group'?: (string);
  'version'?: (string);
  'kind'?: (string);
  'verbs'?: (string)[];
  'shortNames'?: (string)[];
  'categories'?: (string)[];
}
