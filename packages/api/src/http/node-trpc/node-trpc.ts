import type { IncomingMessage, ServerResponse } from 'node:http';
import { getErrorShape, getTRPCErrorFromUnknown, transformTRPCResponse, TRPCError, type AnyTRPCProcedure } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { isRequestId, requestLog } from '@healthpay/config/log';
import type { Context, HeaderSource } from '../../context';
import { appRouter } from '../../root';
import { KnownJson } from '../../serialize/known-json';
import { retryAfterOf } from '../fetch-handler';
import { callProcedure } from './call-procedure';
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
  const requestId = res.req.headers['x-request-id'];
  requestLog(isRequestId(requestId) ? requestId : undefined).error('[api] answering a tRPC call failed', cause);
  if (res.headersSent) return void res.destroy();
  const shape = getErrorShape({ config, error: getTRPCErrorFromUnknown(cause), type: 'unknown', path: undefined, input: undefined, ctx: undefined });
  res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(transformTRPCResponse(config, { error: shape })));
}

async function answer(call: SimpleCall, req: IncomingMessage, res: ServerResponse, o: NodeTrpcOptions): Promise<void> {
  const headers = nodeHeaders(req.headers);
  const input = new RawInput(call, req, o.maxBodyBytes);
  const getRawInput = input.getter();

  let ctx: Context | undefined;
  let error: TRPCError | undefined;
  let data: unknown;
  try {
    ctx = await o.createContext(req, headers);
    data = await callProcedure(call.procedure, { path: call.path, getRawInput, ctx, type: call.type, signal: undefined, batchIndex: 0 });
  } catch (cause) {
    error = getTRPCErrorFromUnknown(cause);
  }
  let status = 200;
  let body: string;
  let encoding: 'utf8' | 'latin1' = 'utf8';
  if (error) {
    const untransformed = { error: getErrorShape({ config, ctx, error, input: input.value, path: call.path, type: call.type }) };
    status = getHTTPStatusCode(untransformed);
    body = JSON.stringify(transformTRPCResponse(config, untransformed));
  } else {
    // A KnownJson that came through its output step unparsed (call-procedure.ts) is its text: what superjson writes
    // for JSON text's value is `{"json": …}` without meta.
    const known = data instanceof KnownJson && data.checkedAgainst === (call.procedure._def as { output?: unknown }).output ? data.jsonText() : null;
    // What transformTRPCResponse makes of `{ result: { data } }` (it copies each level with a spread helper first).
    body = known === null ? JSON.stringify({ result: { data: config.transformer.output.serialize(data) } }) : `{"result":{"data":{"json":${known}}}}`;
    if (known !== null) encoding = (data as KnownJson).textEncoding;
  }
  res.writeHead(status, {
    vary: o.vary,
    'content-type': 'application/json',
    // Answers carry personal data: never stored by a browser or a shared cache.
    'cache-control': 'no-store',
    ...(error && retryAfterOf([error])),
    ...o.responseHeaders?.(headers),
    // A latin1 text is the UTF-8 bytes already, one character each (known-json.ts).
    'content-length': encoding === 'latin1' ? body.length : Buffer.byteLength(body),
  });
  res.end(body, encoding);
}

/**
 * tRPC's `memo` of the raw input: read once (every caller gets the same promise); anything but a TRPCError becomes a
 * BAD_REQUEST carrying its cause. A class and a returned arrow, not named closures: tsx names every arrow a const
 * holds (a defineProperty per request).
 */
class RawInput {
  /** The input once read (what an error shape carries), else undefined. */
  value: unknown = undefined;
  private reading: Promise<unknown> | undefined;

  constructor(
    private readonly call: SimpleCall,
    private readonly req: IncomingMessage,
    private readonly maxBodyBytes: number | undefined,
  ) {}

  getter(): () => Promise<unknown> {
    return () => (this.reading ??= readInput(this.call, this.req, this.maxBodyBytes).then(
      (value) => (this.value = value),
      (cause: unknown) => {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
      },
    ));
  }
}

async function readInput(call: SimpleCall, req: IncomingMessage, maxBodyBytes?: number): Promise<unknown> {
  let raw: unknown;
  if (call.type === 'query') {
    if (!call.input) return undefined;
    raw = JSON.parse(call.input);
  } else {
    const body = readBody(req, maxBodyBytes);
    raw = JSON.parse(typeof body === 'string' ? body : await body);
  }
  return config.transformer.input.deserialize(raw);
}
