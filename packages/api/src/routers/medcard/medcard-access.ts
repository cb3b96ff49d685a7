import type { MedCardState } from '@healthpay/domain';
import { isStaffRole } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors/app-error';

/**
 * Staff may see any card; a patient only cards they hold. A card the caller may not see is reported as
 * not found, so card numbers cannot be probed.
 */
export function assertHolderOrStaff(actor: Actor, holderUserId: string | undefined): void {
  if (isStaffRole(actor.role)) return;
  if (actor.role !== 'patient' || holderUserId === undefined || holderUserId !== actor.userId) {
    throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
  }
}

export const holderOf = (s: MedCardState | undefined): string | undefined =>
  s && s.status !== 'none' ? s.holder.userId : undefined;

/** The pharmacy a pharmacist acts for; staff name it themselves. */
export function actingPharmacy(actor: Actor, requested: string | undefined): string {
  if (actor.role === 'pharmacist') {
    if (!actor.pharmacyId) throw new AppError('FORBIDDEN', 'Your account is not linked to a pharmacy');
    if (requested !== undefined && requested !== actor.pharmacyId) {
      throw new AppError('FORBIDDEN', 'Pharmacists act only for their own pharmacy', { pharmacyId: requested });
    }
    return actor.pharmacyId;
  }
  if (requested === undefined) {
    throw new AppError('VALIDATION_FAILED', 'pharmacyId is required', {}, [{ path: 'pharmacyId', message: 'Required for staff' }]);
  }
  return requested;
}
