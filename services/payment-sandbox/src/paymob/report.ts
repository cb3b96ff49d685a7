import type { ProviderReportLine } from '@healthpay/payments';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { cairoDate } from '../time/cairo';
import { HttpError } from '../http/body';
import { requireSecretKey } from './auth';
import type { PaymobContext } from './context';
import type { Intention, PaymobTransaction } from './types';

function lineOf(ctx: PaymobContext, intention: Intention): { day: string; line: ProviderReportLine } {
  const all = ctx.store.transactionsOf(intention);
  const payment = all.find((t) => t.success && !t.has_parent_transaction);
  const attempt: PaymobTransaction | undefined = payment ?? all.filter((t) => !t.has_parent_transaction).at(-1);
  const base = { paymentId: intention.specialReference ?? String(intention.orderId), amount: intention.amount };
  if (!attempt) return { day: cairoDate(intention.createdAt), line: { ...base, providerReference: intention.id, status: 'pending', refunded: 0 } };
  const refunded = payment?.refunded_amount_cents ?? 0;
  const status: ProviderReportLine['status'] = !payment
    ? 'failed'
    : payment.is_voided
      ? 'cancelled'
      : refunded >= payment.amount_cents
        ? 'refunded'
        : refunded > 0
          ? 'partially_refunded'
          : 'paid';
  return { day: attempt.created_at.slice(0, 10), line: { ...base, providerReference: String(attempt.id), status, refunded } };
}

/**
 * GET /api/acceptance/report?date=YYYY-MM-DD (sandbox only): one line per intention, on the Cairo day of its
 * settling transaction (the successful payment, else the last failed attempt; intentions never attempted on their creation day, as 'pending' with the intention id).
 */
export function reportRoute(ctx: PaymobContext): Route {
  return {
    method: 'GET',
    path: '/api/acceptance/report',
    kind: 'api',
    handle(req) {
      requireSecretKey(req.req, ctx.options.secretKey);
      const date = req.url.searchParams.get('date') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new HttpError(400, 'date must be YYYY-MM-DD.');
      const lines = [...ctx.store.intentions.values()].map((i) => lineOf(ctx, i)).filter((l) => l.day === date);
      return json(200, lines.map((l) => l.line));
    },
  };
}
