import { z } from 'zod';
import { appRouter } from '../../root';
import type { Meta } from '../../trpc';
import type { RestRoute } from './route';
import { restRoutes } from './routes';

/** Who may call a route: the access its tRPC procedure declares (the one place it is written). */
export function accessOf(route: RestRoute): Meta['access'] {
  const procedure = (appRouter._def.procedures as Record<string, { _def?: { meta?: Meta } } | undefined>)[route.procedure];
  const access = procedure?._def?.meta?.access;
  if (!access) throw new Error(`REST route ${route.method} ${route.path} names ${route.procedure}, which declares no access`);
  return access;
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const accessText = (access: Meta['access']) =>
  access === 'public' ? 'Public.' : access === 'authenticated' ? 'Any signed-in caller.' : `Roles: ${access.join(', ')}.`;

const parameters = (route: RestRoute) => {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    for (const [name, field] of Object.entries((schema?.shape ?? {}) as Record<string, z.ZodType>)) {
      list.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: jsonSchema(field, 'input') });
    }
  }
  if (route.method === 'POST') {
    list.push({
      name: 'Idempotency-Key', in: 'header', required: false,
      description: 'Repeating a request with the same key (8–128 of A–Z a–z 0–9 _ - : .) returns the first result; another body with it is 409.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_\\-:.]{8,128}$' },
    });
  }
  return list;
};

const errorResponse = { $ref: '#/components/responses/Error' };

function operation(route: RestRoute) {
  const access = accessOf(route);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, accessText(access)].filter(Boolean).join('\n\n'),
    parameters: parameters(route),
    ...(route.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }),
    responses: {
      [route.status]: { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.view.schema, 'output') } } },
      ...(route.statusOf && { [route.status === 201 ? 200 : 201]: { description: 'OK (see the description)', content: { 'application/json': { schema: jsonSchema(route.view.schema, 'output') } } } }),
      400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse,
    },
    ...(access !== 'public' && { security: [{ bearer: [] }] }),
  };
}

let cached: Record<string, unknown> | undefined;

/** OpenAPI 3.1 for REST v1, generated from the route table and the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of restRoutes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'HealthPay MedCard API',
      version: '1.0.0',
      description: [
        'MedCards, beneficiaries, prescription and insurance claims, and analytics for outside systems.',
        'Money: requests take amounts in Egyptian pounds as a number or decimal string with at most 2 decimals (e.g. 350.00);',
        'responses give every amount twice, as a pounds string with exactly 2 decimals (`amount: "350.00"`) and as integer piasters (`amountPiasters: 35000`).',
        'Errors: `{ "error": { "code", "message", "fieldErrors": [{ "path", "message" }], "details" } }` with the HTTP status of the code.',
      ].join(' '),
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Until identity lands: development tokens `dev-<userId>`, only when HP_DEV_AUTH is on.' },
      },
      responses: {
        Error: {
          description: 'An error from the API’s one code table (400 validation, 401, 403, 404, 409 conflict, 422 business refusal).',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'fieldErrors', 'details'],
              properties: {
                code: { type: 'string', examples: ['VALIDATION_FAILED', 'CARD_NOT_FOUND', 'MONTHLY_LIMIT_EXHAUSTED'] },
                message: { type: 'string' },
                fieldErrors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
                details: { type: 'object', additionalProperties: true },
              },
            },
          },
        },
      },
    },
  };
  return cached;
}
