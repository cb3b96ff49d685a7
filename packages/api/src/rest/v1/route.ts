import type { z } from 'zod';
import type { createCaller } from '../../root';
import { restView, type RestView } from './money-view';

export type Caller = ReturnType<typeof createCaller>;

type Obj = z.ZodObject;

/** One REST operation: its HTTP shape, the tRPC procedure it calls, and the schemas both it and the docs use. */
export interface RestRoute {
  method: 'GET' | 'POST';
  /** OpenAPI path template below /api/v1, e.g. `/medcards/{id}/claims`. */
  path: string;
  /** The tRPC procedure called: its `meta.access` is the route's access rule. */
  procedure: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  status: 200 | 201;
  /** Raises the 1 MiB body limit for this route only (bulk enrollment); documented in the OpenAPI description. */
  maxBodyBytes?: number;
  /** The status when it depends on the result (enrollment: 201 created, 200 matched); `status` is the documented default. */
  statusOf?: (result: unknown) => 200 | 201;
  params?: Obj;
  query?: Obj;
  body?: z.ZodType;
  /** The procedure's output schema (piasters); the REST body is `view` of it. */
  output: z.ZodType;
  view: RestView;
  run(caller: Caller, req: { params: unknown; query: unknown; body: unknown }): Promise<unknown>;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Typed constructor: `run` sees the parsed params, query and body. */
export function route<P extends Obj | undefined = undefined, Q extends Obj | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  def: Omit<RestRoute, 'run' | 'view' | 'params' | 'query' | 'body' | 'status'> & {
    status?: 200 | 201;
    params?: P;
    query?: Q;
    body?: B;
    run(caller: Caller, req: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }): Promise<unknown>;
  },
): RestRoute {
  return { ...def, status: def.status ?? 200, view: restView(def.output), run: def.run as RestRoute['run'] };
}
