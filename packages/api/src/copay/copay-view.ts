import { AppError } from '../errors/app-error';
import type { CopayView } from '../routers/copay/copay.schemas';
import { COPAY_MAX_ATTEMPTS } from './copay-code';
import { effectiveStatus, type CopayCollection } from './collections';

export const copayViewOf = (c: CopayCollection, now: Date): CopayView => ({
  collectionId: c.id,
  cardId: c.cardId,
  prescriptionId: c.prescriptionId,
  amount: c.amount,
  status: effectiveStatus(c, now),
  channel: c.channel,
  attemptsLeft: c.status === 'requested' ? Math.max(0, COPAY_MAX_ATTEMPTS - c.attempts) : 0,
  expiresAt: c.expiresAt.toISOString(),
  decidedAt: c.decidedAt?.toISOString() ?? null,
});

/** Another pharmacy's collection, another patient's, or none: the same answer, so ids cannot be probed. */
export const copayNotFound = () => new AppError('COPAY_NOT_FOUND', 'Copay request not found');

/** Refuses a collection that can no longer be settled: decided already (409) or past its expiry (422). */
export function assertOpen(c: CopayCollection, now: Date): void {
  const status = effectiveStatus(c, now);
  if (status === 'collected' || status === 'cancelled') {
    throw new AppError('COPAY_CLOSED', `This copay request was ${status} already`, { status });
  }
  if (status === 'expired') throw new AppError('COPAY_CODE_EXPIRED', 'The code has expired', { expiresAt: c.expiresAt.toISOString() });
}
