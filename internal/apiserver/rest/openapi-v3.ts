/**
 * An OpenAPI v3 document, as Kubernetes serves one per group-version at `/openapi/v3/<gv>`: the
 * model's paths with `requestBody` and `content` per media type, and the definitions under
 * `components.schemas`, each kind's carrying `x-kubernetes-group-version-kind`.
 */
import { OPENAPI_INFO, operationExtensions, pathsOf, type ApiBody, type ApiModel, type ApiOperation, type ApiParameter } from './openapi-operations.js';
import { definitionSchemas, OPENAPI_V3, ref, type Schema } from './openapi-schemas.js';

function parameter(p: ApiParameter): Schema {
  return { name: p.name, in: p.in, description: p.description, ...(p.required ? { required: true } : {}), schema: { type: p.type, uniqueItems: true } };
}

function requestBody(body: ApiBody): Schema {
  if (body.kind === 'patch') return { content: Object.fromEntries(body.patchTypes.map((t) => [t, { schema: { type: 'object' } }])), required: true };
  return { content: { '*/*': { schema: ref(OPENAPI_V3, body.schema) } }, ...(body.required ? { required: true } : {}) };
}

function operation(op: ApiOperation): Schema {
  return {
    tags: [op.tag],
    description: op.description,
    operationId: op.operationId,
    ...(op.parameters.length > 0 ? { parameters: op.parameters.map(parameter) } : {}),
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    responses: Object.fromEntries(
      op.responses.map((r) => [r.code, { description: r.description, content: Object.fromEntries(op.produces.map((t) => [t, { schema: ref(OPENAPI_V3, r.schema) }])) }]),
    ),
    ...operationExtensions(op),
  };
}

/** The OpenAPI v3 document of a model. */
export function openAPIV3Document(model: ApiModel): Schema {
  return { openapi: '3.0.0', info: OPENAPI_INFO, paths: pathsOf(model, operation, parameter), components: { schemas: definitionSchemas(model.definitions, OPENAPI_V3) } };
}
