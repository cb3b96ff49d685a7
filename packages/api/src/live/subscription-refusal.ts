import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';

type ProcedureType = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * tRPC opens a subscription's event stream with 200 and reports a refusal (no session, wrong role, bad input)
 * as the stream's first event, because it writes the head without looking at the procedure's outcome. The
 * procedure has already run its middleware by then, and the adapters call `onError` before `responseMeta`:
 * so the refusal is kept per request context and becomes the head's status (401, 403, 400), as for a query.
 * An EventSource does not reconnect after a non-200 answer. Errors raised later, mid-stream, come after the
 * head has gone and change nothing.
 */
export function subscriptionRefusals() {
  const refused = new WeakMap<object, TRPCError>();
  return {
    onError({ error, type, ctx }: { error: TRPCError; type: ProcedureType; ctx?: object | undefined }): void {
      if (type === 'subscription' && ctx && !refused.has(ctx)) refused.set(ctx, error);
    },
    /** The status for a refused subscription's head; undefined (tRPC's own) for everything else. */
    statusOf({ type, ctx }: { type: ProcedureType; ctx?: object | undefined }): number | undefined {
      const error = type === 'subscription' && ctx ? refused.get(ctx) : undefined;
      return error ? getHTTPStatusCodeFromError(error) : undefined;
    },
  };
}
