import type { IncomingMessage, ServerResponse } from 'node:http';
import { getErrorShape, getTRPCErrorFromUnknown, transformTRPCResponse, TRPCError, type AnyTRPCProcedure } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { log } from '@healthpay/config/log';
import type { Context, HeaderSource } from '../../context';
import { appRouter } from '../../root';
import { retryAfterOf } from '../fetch-handler';
import { nodeHeaders, readBody, simpleCallOf, type SimpleCall } from './node-request';

export interface NodeTrpcOptions {
  /** Where procedure names start (`/api/trpc/`). */
  prefix: string;
  createContext(req: IncomingMessage, headers: HeaderSource): Promise<Context>;
  /** What `Vary` says: tRPC's own `trpc-accept, accept`, and `Origin` where CORS headers depend on it. */
  vary: string;
  /** Headers every answer carries besides tRPC's (CORS, the portal's security headers). */
  responseHeaders?(headers: HeaderSource): Record<string, string>;
  /** Bodies past this are a PAYLOAD_TOO_LARGE (tRPC's `maxBodySize`); unset, the server's guards bound them. */
  maxBodyBytes?: number;
}

const config = appRouter._def._config;
// Flat at run time, keyed by the dotted path (`wallet.mine`).
const procedures = appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
const NOT_READ = Symbol('not read');

/**
 * tRPC's answer to a single query or mutation, computed as its Fetch handler computes it (`resolveResponse`:
 * same context, procedure call, lazily read input, error shape, status, superjson envelope and headers) but
 * on Node's request and response directly: no Fetch `Request`/`Response`, no web streams or AbortSignals
 * per request, and the answer written once with its Content-Length instead of chunk by chunk. Those
 * conversions were most of a call's CPU beyond its SQL (docs/benchmarks.md). Returns null for anything
 * else (batches, subscriptions, other content types…), which the caller hands to tRPC's own handler.
 */
export function nodeTrpc(o: NodeTrpcOptions) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> | null => {
    const call = simpleCallOf(req, o.prefix, procedures);
    return call && answer(call, req, res, o).catch((cause: unknown) => failed(cause, res));
  };
}

/** What tRPC's Node adapter does when answering itself fails: logged, then a 500 if nothing was sent yet. */
function failed(cause: unknown, res: ServerResponse): void {
  log.error('[api] answering a tRPC call failed', cause);
  if (res.headersSent) return void res.destroy();
  const shape = getErrorShape({ config, error: getTRPCErrorFromUnknown(cause), type: 'unknown', path: undefined, input: undefined, ctx: undefined });
  res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(transformTRPCResponse(config, { error: shape })));
}

async function answer(call: SimpleCall, req: IncomingMessage, res: ServerResponse, o: NodeTrpcOptions): Promise<void> {
  const headers = nodeHeaders(req.headers);
  // tRPC's `memo`: read once; anything but a TRPCError becomes a BAD_REQUEST carrying its cause.
  let input: unknown = NOT_READ;
  let reading: Promise<unknown> | undefined;
  const getRawInput = async () => {
    if (input !== NOT_READ) return input;
    reading ??= readInput(call, req, o.maxBodyBytes).catch((cause: unknown) => {
      if (cause instanceof TRPCError) throw cause;
      throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
    });
    input = await reading;
    return input;
  };

  let ctx: Context | undefined;
  let error: TRPCError | undefined;
  let data: unknown;
  try {
    ctx = await o.createContext(req, headers);
    data = await call.procedure({ path: call.path, getRawInput, ctx, type: call.type, signal: undefined, batchIndex: 0 });
  } catch (cause) {
    error = getTRPCErrorFromUnknown(cause);
  }
  const untransformed = error
    ? { error: getErrorShape({ config, ctx, error, input: input === NOT_READ ? undefined : input, path: call.path, type: call.type }) }
    : { result: { data } };
  const body = JSON.stringify(transformTRPCResponse(config, untransformed));
  res.writeHead(getHTTPStatusCode(untransformed), {
    vary: o.vary,
    'content-type': 'application/json',
    // Answers carry personal data: never stored by a browser or a shared cache.
    'cache-control': 'no-store',
    ...retryAfterOf(error ? [error] : []),
    ...o.responseHeaders?.(headers),
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function readInput(call: SimpleCall, req: IncomingMessage, maxBodyBytes?: number): Promise<unknown> {
  let raw: unknown;
  if (call.type === 'query') {
    const text = call.search === '' ? null : new URLSearchParams(call.search).get('input');
    if (!text) return undefined;
    raw = JSON.parse(text);
  } else {
    raw = JSON.parse(await readBody(req, maxBodyBytes));
  }
  return config.transformer.input.deserialize(raw);
}
