/**
 * validation/storage: Kubernetes' storage.k8s.io/v1 StorageClass validation. Returns field errors
 * worded as Kubernetes words them and never throws; ObjectMeta is validated generically.
 */
export { validateStorageClass, validateStorageClassUpdate } from './storage-class.js';
