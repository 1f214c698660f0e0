// Original file: proto/meta/v1/meta.proto


/**
 * ManagedFieldsEntry records which manager owns which fields (kept for fidelity; Skiff does not run server-side apply).
 */
export interface ManagedFieldsEntry {
  'manager'?: (string);
  'operation'?: (string);
  'apiVersion'?: (string);
  'time'?: (string);
  'fieldsType'?: (string);
  /**
   * The FieldsV1 document as JSON text.
   */
  'fieldsV1'?: (string);
  'subresource'?: (string);
  '_manager'?: "manager";
  '_operation'?: "operation";
  '_apiVersion'?: "apiVersion";
  '_time'?: "time";
  '_fieldsType'?: "fieldsType";
  '_fieldsV1'?: "fieldsV1";
  '_subresource'?: "subresource";
}

/**
 * ManagedFieldsEntry records which manager owns which fields (kept for fidelity; Skiff does not run server-side apply).
 */
export interface ManagedFieldsEntry__Output {
  'manager'?: (string);
  'operation'?: (string);
  'apiVersion'?: (string);
  'time'?: (string);
  'fieldsType'?: (string);
  /**
   * The FieldsV1 document as JSON text.
   */
  'fieldsV1'?: (string);
  'subresource'?: (string);
}
