import { openPaymentsOlderThan, paymentsRequestedOn, type PaymentRow } from '@healthpay/db';
import { isDomainError, type PaymentProvider, type ProviderNotification } from '@healthpay/domain';
import type { ProviderReportLine } from '@healthpay/payments';
import { log } from '@healthpay/config/log';
import type { Services } from '../services/services';
import { fawryNotification } from './fawry-notification';
import { paymobNotification } from './paymob-notification';
import { runPaymentCommand, runSettlement, systemActor } from './run-payment';

/** A payment still open this long after it was asked for is checked with its provider. */
export const PENDING_CHECK_AFTER_MS = 5 * 60_000;

export interface PendingSweep {
  checked: number;
  settled: number;
  expired: number;
  failed: number;
}

/**
 * Asks the provider about payments pending for a while (a lost callback must not leave money uncredited),
 * then expires those past their expiry that the provider does not report paid.
 */
export async function reconcilePending(services: Services, limit = 200): Promise<PendingSweep> {
  const now = services.clock();
  const open = await openPaymentsOlderThan(services.pool, new Date(now.getTime() - PENDING_CHECK_AFTER_MS), limit);
  const sweep: PendingSweep = { checked: 0, settled: 0, expired: 0, failed: 0 };
  for (const p of open) {
    sweep.checked++;
    try {
      const notification = await askProvider(services, p.provider as PaymentProvider, p.paymentId);
      if (notification && notification.outcome !== 'pending') {
        await runSettlement({ services, actor: systemActor('reconciler'), operation: 'payments.reconcile', input: notification }, p.paymentId, {
          type: 'RecordProviderNotification', data: { paymentId: p.paymentId, notification },
        });
        sweep.settled++;
        continue;
      }
      if (p.expiresAt.getTime() <= now.getTime()) {
        await runPaymentCommand({ services, actor: systemActor('reconciler'), operation: 'payments.expire', input: { paymentId: p.paymentId } }, p.paymentId, {
          type: 'ExpirePayment', data: { paymentId: p.paymentId },
        });
        sweep.expired++;
      }
    } catch (error) {
      // A provider that is down is asked again on the next sweep; nothing was changed.
      sweep.failed++;
      if (!isDomainError(error)) log.warn(`[payments] reconcile ${p.paymentId}`, error instanceof Error ? error.message : error);
    }
  }
  return sweep;
}

/** The provider's current word on a payment, as a notification (null: it does not know the payment). */
async function askProvider(services: Services, provider: PaymentProvider, paymentId: string): Promise<ProviderNotification | null> {
  if (provider === 'paymob') {
    const answer = await services.payments.paymob.inquire({ paymentId });
    return answer.found ? paymobNotification(answer.transaction) : null;
  }
  const status = await services.payments.fawry.status({ paymentId });
  if (!status.found) return null;
  return fawryNotification({
    fawryRefNumber: status.referenceNumber, merchantRefNumber: paymentId, paymentAmount: status.paymentAmount,
    orderAmount: status.orderAmount, orderStatus: status.status, paymentMethod: status.paymentMethod, messageSignature: '',
  });
}

export interface ReconciliationLine {
  paymentId: string;
  providerReference: string | null;
  ours: { status: string; amount: number; refunded: number } | null;
  theirs: { status: string; amount: number; refunded: number } | null;
  match: boolean;
  problem: string | null;
}

/** Our status words for the provider's report statuses. */
const expectedOurs: Record<ProviderReportLine['status'], readonly string[]> = {
  paid: ['succeeded'], refunded: ['succeeded'], partially_refunded: ['succeeded'], failed: ['failed'],
  pending: ['requested', 'pending'], expired: ['expired'], cancelled: ['cancelled'],
};

/**
 * One provider's report for a Cairo day against our payments of that day: every payment on either side, with
 * what does not agree (status, amount, refunded amount, or missing on one side) listed for finance.
 */
export async function reconcileDay(services: Services, provider: PaymentProvider, day: string): Promise<{ lines: ReconciliationLine[]; mismatches: number }> {
  const client = provider === 'paymob' ? services.payments.paymob : services.payments.fawry;
  const [theirs, ours] = await Promise.all([client.dailyReport(day), paymentsRequestedOn(services.pool, provider, day)]);
  const byId = new Map(ours.map((p) => [p.paymentId, p]));
  const lines: ReconciliationLine[] = [];
  for (const t of theirs) {
    const o = byId.get(t.paymentId);
    byId.delete(t.paymentId);
    lines.push(compare(t.paymentId, o ?? null, t));
  }
  for (const o of byId.values()) lines.push(compare(o.paymentId, o, null));
  return { lines, mismatches: lines.filter((l) => !l.match).length };
}

function compare(paymentId: string, o: PaymentRow | null, t: ProviderReportLine | null): ReconciliationLine {
  const ours = o ? { status: o.status, amount: o.amount, refunded: o.refunded } : null;
  const theirs = t ? { status: t.status, amount: t.amount, refunded: t.refunded } : null;
  const problem = !o ? 'unknown to us'
    : !t ? (o.status === 'succeeded' ? 'we credited a payment the provider does not report' : null)
    : !expectedOurs[t.status].includes(o.status) ? `status: ours ${o.status}, theirs ${t.status}`
    : t.amount !== o.amount ? `amount: ours ${o.amount}, theirs ${t.amount}`
    : t.refunded !== o.refunded ? `refunded: ours ${o.refunded}, theirs ${t.refunded}`
    : null;
  return { paymentId, providerReference: o?.providerReference ?? t?.providerReference ?? null, ours, theirs, match: problem === null, problem };
}
