/**
 * The Service strategy (pkg/registry/core/service/strategy.go): status only through the status
 * subresource, and on update the values a type change made meaningless cleared. What Kubernetes'
 * Service REST storage does before (cluster IPs normalized, allocated values carried over, IP
 * families settled, allocation) is the registry's AllocationHooks, which run before this strategy.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultService } from '../../../../api/defaults/core/index.js';
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import { validateService, validateServiceStatusUpdate, validateServiceUpdate } from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';
import { dropTypeDependentFields } from './service-update.js';

const asService = (obj: KubeObject): Service__Output => obj as Service__Output;

/** The hooks of services. */
export const serviceStrategy: Strategy = {
  defaults: (obj) => defaultService(asService(obj)),
  prepareForCreate(obj) {
    asService(obj).status = {};
  },
  prepareForUpdate(obj, old) {
    const svc = asService(obj);
    svc.status = asService(old).status;
    dropTypeDependentFields(svc, asService(old));
  },
  prepareForStatusUpdate(obj, old) {
    const svc = asService(obj);
    svc.spec = asService(old).spec;
    // Kubernetes defaults a load balancer address's mode to VIP when decoding.
    for (const ing of svc.status?.loadBalancer?.ingress ?? []) if (ing.ip && ing.ipMode === undefined) ing.ipMode = 'VIP';
  },
  validate: (obj) => validateService(asService(obj)),
  validateUpdate: (obj, old) => validateServiceUpdate(asService(obj), asService(old)),
  validateStatusUpdate: (obj, old) => validateServiceStatusUpdate(asService(obj), asService(old)),
  selectableFields: (obj) => ({ 'spec.clusterIP': asService(obj).spec?.clusterIP ?? '', 'spec.type': asService(obj).spec?.type ?? '' }),
  fieldLabels: ['metadata.namespace', 'metadata.name', 'spec.clusterIP', 'spec.type'],
  hasStatus: true,
};
