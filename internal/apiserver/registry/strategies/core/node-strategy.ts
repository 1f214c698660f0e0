/**
 * The Node strategy: the kubelet may create a node with its status; afterwards spec and status
 * change through separate endpoints, both validated by the node update rules.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultNode } from '../../../../api/defaults/core/index.js';
import type { Node__Output } from '../../../../api/generated/skiff/core/v1/Node.js';
import { validateNode, validateNodeUpdate } from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';

const asNode = (obj: KubeObject): Node__Output => obj as Node__Output;

/** The hooks of nodes. */
export const nodeStrategy: Strategy = {
  defaults: (obj) => defaultNode(asNode(obj)),
  prepareForUpdate(obj, old) {
    asNode(obj).status = asNode(old).status;
  },
  prepareForStatusUpdate(obj, old) {
    const node = asNode(obj);
    node.spec = asNode(old).spec;
    // Status writes skip defaulting in the store, yet a kubelet's capacity still implies allocatable.
    defaultNode(node);
  },
  validate: (obj) => validateNode(asNode(obj)),
  validateUpdate: (obj, old) => validateNodeUpdate(asNode(obj), asNode(old)),
  validateStatusUpdate: (obj, old) => validateNodeUpdate(asNode(obj), asNode(old)),
  selectableFields: (obj) => ({ 'spec.unschedulable': String(asNode(obj).spec?.unschedulable ?? false) }),
  fieldLabels: ['metadata.name', 'spec.unschedulable'],
  hasStatus: true,
};
