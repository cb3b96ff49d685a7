import { unmatchedStreamId, type PaymentProvider, type ProviderNotification, type UnmatchedNotificationEvent } from '@healthpay/domain';
import { findPaymentIdByProviderOrder, newEventId } from '@healthpay/db';
import { log } from '@healthpay/config/log';
import { recordPaymentNotification } from '@healthpay/config/metrics';
import { audit } from '../../identity/audit';
import { requestInfoOf } from '../../identity/audit';
import type { Services } from '../../services/services';
import { runSettlement, systemActor } from '../run-payment';
import { json } from './body';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Received {
  provider: PaymentProvider;
  notification: ProviderNotification;
  /** Our payment id as the provider echoed it. */
  merchantReference: string | null;
  providerOrderId: string | null;
}

/** The payment a notification belongs to: by our id when the provider echoed it, else by the provider's order id. */
export async function matchPayment(services: Services, r: Received): Promise<string | null> {
  if (r.merchantReference && UUID.test(r.merchantReference)) {
    const state = (await services.aggregates.payment.load(r.merchantReference.toLowerCase())).state;
    if (state.status !== 'none' && state.provider === r.provider) return state.paymentId;
  }
  if (r.providerOrderId) return findPaymentIdByProviderOrder(services.pool, r.provider, r.providerOrderId);
  return null;
}

/**
 * Applies a verified notification: to its payment (and wallet) in one append, or to an unmatched stream for
 * finance. Answers 200 once the fact is stored, so the provider stops retrying; a repeat changes nothing.
 */
export async function recordNotification(services: Services, r: Received, req: Request): Promise<Response> {
  const actor = systemActor(r.provider);
  try {
    const paymentId = await matchPayment(services, r);
    if (paymentId) {
      await runSettlement({ services, actor, operation: `payments.notify.${r.provider}`, input: r.notification, request: requestInfoOf(req.headers) }, paymentId, {
        type: 'RecordProviderNotification', data: { paymentId, notification: r.notification },
      });
      recordPaymentNotification(r.provider, 'recorded');
      return json(200, { received: true });
    }
    await recordUnmatched(services, r);
    recordPaymentNotification(r.provider, 'unmatched');
    return json(200, { received: true, matched: false });
  } catch (error) {
    // Not the provider's fault: ask it to deliver again later rather than lose the notification.
    log.error(`[payments] ${r.provider} notification not recorded`, error);
    recordPaymentNotification(r.provider, 'error');
    return json(503, { error: 'try again' }, { 'retry-after': '30' });
  }
}

async function recordUnmatched(services: Services, r: Received): Promise<void> {
  const event: UnmatchedNotificationEvent = {
    type: 'PaymentNotificationUnmatched',
    data: {
      provider: r.provider, merchantReference: r.merchantReference?.slice(0, 200) ?? null, providerOrderId: r.providerOrderId?.slice(0, 200) ?? null,
      notification: r.notification, reason: 'unknown_order', at: services.clock().toISOString(),
    },
  };
  const outcome = await services.store.append({
    streams: [{
      streamId: unmatchedStreamId(r.provider, r.notification.key), aggregateType: 'payment', expectedVersion: 0,
      events: [{ eventId: newEventId(), type: event.type, data: event.data, metadata: { actorId: `system:${r.provider}`, operation: `payments.notify.${r.provider}.unmatched` } }],
    }],
  });
  // A conflict means this very notification was recorded before: nothing more to do.
  if (outcome.status === 'idempotency-race') throw new Error('unexpected idempotency race');
}

/** A callback whose signature is missing or wrong: audited, nothing recorded against any payment. */
export async function refuseForged(services: Services, provider: PaymentProvider, req: Request, reason: string): Promise<Response> {
  recordPaymentNotification(provider, 'bad_signature');
  const info = requestInfoOf(req.headers);
  await audit(services.pool, {
    actorId: null, role: null, action: `payments.notify.${provider}`, aggregateId: null, result: 'INVALID_SIGNATURE',
    ip: info.ip, userAgent: info.userAgent, details: { reason },
  }, services.clock(), info.requestId);
  return json(401, { error: 'INVALID_SIGNATURE' });
}
