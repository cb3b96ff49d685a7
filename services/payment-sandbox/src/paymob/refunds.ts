import { z } from 'zod';
import { HttpError } from '../http/body';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { cairoDate } from '../time/cairo';
import { requireSecretKey } from './auth';
import { sendProcessedCallback } from './callbacks';
import type { PaymobContext } from './context';
import { drfErrors } from './intention-schema';
import { createTransaction } from './transactions';
import type { PaymobTransaction } from './types';

const transactionId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);
const refundRequest = z.object({ transaction_id: transactionId, amount_cents: z.number().int().positive() });
const voidRequest = z.object({ transaction_id: transactionId });

/** The original successful payment a refund or void may act on. */
function refundable(ctx: PaymobContext, id: number): PaymobTransaction {
  const tx = ctx.store.transactions.get(id);
  if (!tx) throw new HttpError(404, 'Not found.');
  if (!tx.success || tx.has_parent_transaction) throw new HttpError(400, 'This transaction cannot be refunded or voided.');
  if (tx.is_voided) throw new HttpError(400, 'This transaction has been voided.');
  return tx;
}

function child(ctx: PaymobContext, parent: PaymobTransaction, kind: 'refund' | 'void', amountCents: number): PaymobTransaction {
  const intention = ctx.store.findByOrder({ orderId: parent.order.id });
  if (!intention) throw new HttpError(404, 'Not found.');
  const message = kind === 'refund' ? 'Refunded' : 'Voided';
  const tx = createTransaction(
    ctx.store,
    intention,
    { amountCents, success: true, is3dSecure: parent.is_3d_secure, source: { ...parent.source_data }, integrationId: parent.integration_id, data: { message, txn_response_code: 'APPROVED' }, parent: { id: parent.id, kind } },
    new Date(),
  );
  sendProcessedCallback(ctx, intention, tx);
  return structuredClone(tx);
}

/** Refunds and voids arrive as new transactions with `has_parent_transaction: true`, as at Paymob. */
export function refundRoutes(ctx: PaymobContext): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/acceptance/void_refund/refund',
      kind: 'api',
      handle(req) {
        requireSecretKey(req.req, ctx.options.secretKey);
        const parsed = refundRequest.safeParse(req.json());
        if (!parsed.success) return json(400, drfErrors(parsed.error.issues));
        const parent = refundable(ctx, parsed.data.transaction_id);
        const remaining = parent.amount_cents - parent.refunded_amount_cents;
        if (parsed.data.amount_cents > remaining) {
          return json(400, { detail: `Refund amount (${parsed.data.amount_cents}) exceeds the remaining refundable amount (${remaining}).` });
        }
        parent.is_refunded = true;
        parent.refunded_amount_cents += parsed.data.amount_cents;
        return json(200, child(ctx, parent, 'refund', parsed.data.amount_cents));
      },
    },
    {
      method: 'POST',
      path: '/api/acceptance/void_refund/void',
      kind: 'api',
      handle(req) {
        requireSecretKey(req.req, ctx.options.secretKey);
        const parsed = voidRequest.safeParse(req.json());
        if (!parsed.success) return json(400, drfErrors(parsed.error.issues));
        const parent = refundable(ctx, parsed.data.transaction_id);
        if (parent.refunded_amount_cents > 0) return json(400, { detail: 'A refunded transaction cannot be voided.' });
        // created_at is Cairo wall time, so its first ten characters are the Cairo business day.
        if (parent.created_at.slice(0, 10) !== cairoDate(new Date())) {
          return json(400, { detail: 'Only transactions of the same day can be voided; refund it instead.' });
        }
        parent.is_voided = true;
        return json(200, child(ctx, parent, 'void', parent.amount_cents));
      },
    },
  ];
}
