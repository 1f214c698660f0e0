/**
 * The Swagger 2.0 document Kubernetes still serves at `/openapi/v2` (older kubectl, helm and client
 * libraries read it): one document of every served group-version, from the same model and the same
 * definition builder as v3, spelled as 2.0 spells it: `definitions` instead of `components.schemas`,
 * a `body` parameter instead of `requestBody`, non-body parameters typed inline, `consumes` and
 * `produces` per operation, and a response's `schema` beside its description.
 */
import { OPENAPI_INFO, operationExtensions, pathsOf, type ApiModel, type ApiOperation, type ApiParameter } from './openapi-operations.js';
import { definitionSchemas, ref, SWAGGER_V2, type Schema } from './openapi-schemas.js';

function parameter(p: ApiParameter): Schema {
  return { uniqueItems: true, type: p.type, description: p.description, name: p.name, in: p.in, ...(p.required ? { required: true } : {}) };
}

function operation(op: ApiOperation): Schema {
  const body = op.body;
  const parameters: Schema[] = [];
  if (body) parameters.push({ name: 'body', in: 'body', ...(body.kind === 'patch' || body.required ? { required: true } : {}), schema: body.kind === 'patch' ? { type: 'object' } : ref(SWAGGER_V2, body.schema) });
  parameters.push(...op.parameters.map(parameter));
  return {
    description: op.description,
    consumes: body?.kind === 'patch' ? [...body.patchTypes] : ['*/*'],
    produces: [...op.produces],
    tags: [op.tag],
    operationId: op.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: Object.fromEntries(op.responses.map((r) => [r.code, { description: r.description, schema: ref(SWAGGER_V2, r.schema) }])),
    ...operationExtensions(op),
  };
}

/** The Swagger 2.0 document of a model. */
export function swaggerDocument(model: ApiModel): Schema {
  return { swagger: '2.0', info: OPENAPI_INFO, paths: pathsOf(model, operation, parameter), definitions: definitionSchemas(model.definitions, SWAGGER_V2) };
}
