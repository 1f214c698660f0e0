// Original file: proto/apps/v1/deployment.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Deployment as _skiff_apps_v1_Deployment, Deployment__Output as _skiff_apps_v1_Deployment__Output } from '../../../skiff/apps/v1/Deployment.js';

/**
 * DeploymentList is a list of Deployments.
 */
export interface DeploymentList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_apps_v1_Deployment)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * DeploymentList is a list of Deployments.
 */
export interface DeploymentList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_apps_v1_Deployment__Output)[];
}
