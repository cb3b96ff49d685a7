import { randomInt } from 'node:crypto';
import type { FawryContext } from './context';
import { sendNotification } from './notifications';
import { viewOf, type Charge, type ChargeView } from './types';

export type OutletOutcome =
  | { outcome: 'paid'; charge: ChargeView }
  | { outcome: 'expired'; charge: ChargeView }
  | { outcome: 'not_payable'; charge: ChargeView }
  | { outcome: 'not_found' };

export type ExpireOutcome = { outcome: 'expired'; charge: ChargeView } | { outcome: 'not_unpaid'; charge: ChargeView } | { outcome: 'not_found' };

function expire(ctx: FawryContext, c: Charge): void {
  c.status = 'EXPIRED';
  sendNotification(ctx, c);
}

/** Expires every unpaid charge whose expiry has passed (run by a timer and before any outlet action). */
export function expireDue(ctx: FawryContext, now = Date.now()): void {
  for (const c of ctx.store.all()) if (c.status === 'UNPAID' && c.expiresAt <= now) expire(ctx, c);
}

/** The customer pays the reference number at a Fawry outlet. */
export function payAtOutlet(ctx: FawryContext, referenceNumber: string): OutletOutcome {
  expireDue(ctx);
  const c = ctx.store.byFawryRef(referenceNumber.trim());
  if (!c) return { outcome: 'not_found' };
  if (c.status === 'EXPIRED') return { outcome: 'expired', charge: viewOf(c) };
  if (c.status !== 'UNPAID') return { outcome: 'not_payable', charge: viewOf(c) };
  c.status = 'PAID';
  c.paidAt = new Date();
  c.paymentRefrenceNumber = String(randomInt(10_000_000, 100_000_000));
  sendNotification(ctx, c);
  return { outcome: 'paid', charge: viewOf(c) };
}

/** Expires an unpaid reference number now, as if its expiry time had passed. */
export function expireNow(ctx: FawryContext, referenceNumber: string): ExpireOutcome {
  const c = ctx.store.byFawryRef(referenceNumber.trim());
  if (!c) return { outcome: 'not_found' };
  if (c.status !== 'UNPAID') return { outcome: 'not_unpaid', charge: viewOf(c) };
  expire(ctx, c);
  return { outcome: 'expired', charge: viewOf(c) };
}
