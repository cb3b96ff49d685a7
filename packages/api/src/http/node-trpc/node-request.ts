import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { TRPCError, type AnyTRPCProcedure } from '@trpc/server';
import type { HeaderSource } from '../../context';

/** A Node request's headers read in place, as Fetch's `Headers.get` would answer (repeated values joined). */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderSource {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** One query (GET) or mutation (POST), not batched: what the Node path answers without tRPC's Fetch layer. */
export interface SimpleCall {
  path: string;
  type: 'query' | 'mutation';
  procedure: AnyTRPCProcedure;
  /** The query string's `input` (a query's), as tRPC's `searchParams.get('input')` reads it; null when absent. */
  input: string | null;
}

/** What tRPC's `new URL(path, 'http://' + host)` accepts without doubt; anything else goes the Fetch way. */
const PLAIN_HOST = /^[A-Za-z0-9.\-:[\]]*$/;

const mediaType = (value: string | undefined) => value?.toLowerCase().split(';', 1)[0]?.trim();

/**
 * The call when this request is one tRPC would answer as a single JSON query or mutation, else null (batches,
 * subscriptions, other content types or methods, streamed answers, odd paths or hosts): those keep tRPC's own
 * handling, so every edge case of its protocol stays its answer.
 */
export function simpleCallOf(req: IncomingMessage, prefix: string, procedures: Record<string, AnyTRPCProcedure>): SimpleCall | null {
  const method = req.method;
  const url = req.url ?? '';
  if ((method !== 'GET' && method !== 'POST') || !url.startsWith(prefix) || url.includes('#')) return null;
  const q = url.indexOf('?');
  const path = q === -1 ? url.slice(prefix.length) : url.slice(prefix.length, q);
  // Only a procedure's exact name (which has nothing but letters, digits, `_` and `.`) is answered here.
  if (!Object.hasOwn(procedures, path)) return null;
  const procedure = procedures[path] as AnyTRPCProcedure;
  const type = method === 'GET' ? 'query' : 'mutation';
  if (procedure._def.type !== type) return null;
  const h = req.headers;
  if (h.host !== undefined && !PLAIN_HOST.test(h.host)) return null;
  if (h['trpc-accept'] !== undefined || h.accept?.includes('jsonl')) return null;
  const contentType = mediaType(h['content-type']);
  if (method === 'POST' ? contentType !== 'application/json' : contentType !== undefined && contentType !== 'application/json') return null;
  // Parsed once, here (the query string, `?` included: URLSearchParams drops exactly that one).
  let input: string | null = null;
  if (q !== -1) {
    const params = new URLSearchParams(url.slice(q));
    if (params.has('batch') || params.has('connectionParams')) return null;
    input = params.get('input');
  }
  return { path, type, procedure, input };
}

const utf8 = new TextDecoder();

/**
 * The body as text, read on first use (as tRPC reads it: a procedure that refuses first never reads it), a leading
 * BOM dropped as Fetch's `json()` drops it; past `maxBytes` a PAYLOAD_TOO_LARGE, as tRPC's Node adapter answers.
 * A body already received whole (most are: it came with the headers) is taken at once, without listeners or a promise.
 */
export function readBody(req: IncomingMessage, maxBytes?: number): string | Promise<string> {
  if (req.readableEnded) return Promise.reject(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'The request body has already been read' }));
  if (req.complete && req.readableFlowing === null) return bufferedBody(req, maxBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Method shorthand, not named arrows: tsx names every arrow a const holds (a defineProperty per request).
    const on = {
      stop() {
        req.off('data', on.data);
        req.off('end', on.end);
        req.off('close', on.close);
        req.off('error', on.error);
      },
      data(chunk: Buffer) {
        size += chunk.length;
        if (maxBytes === undefined || size <= maxBytes) return void chunks.push(chunk);
        on.stop();
        reject(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }));
      },
      end() {
        on.stop();
        resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
      },
      // The client went away before the body was complete: nothing will answer it, but the call must not hang.
      close() {
        on.stop();
        reject(new TRPCError({ code: 'CLIENT_CLOSED_REQUEST', message: 'The client closed the request' }));
      },
      error(cause: Error) {
        on.stop();
        reject(new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause }));
      },
    };
    req.on('data', on.data);
    req.on('end', on.end);
    req.on('close', on.close);
    req.on('error', on.error);
  });
}

/** All of a body the parser has already pushed (the request is complete and nothing has read it yet). */
function bufferedBody(req: IncomingMessage, maxBytes?: number): string {
  if (maxBytes !== undefined && req.readableLength > maxBytes) {
    // As the listeners would: the rest is read and dropped, the request ends.
    req.resume();
    throw new TRPCError({ code: 'PAYLOAD_TOO_LARGE' });
  }
  const body = req.read() as Buffer | null;
  return body === null ? '' : utf8.decode(body);
}
