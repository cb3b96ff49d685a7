import type { MedCardState } from '@healthpay/domain';
import { isStaffRole, type Pool } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors/app-error';
import { isMember } from '../../members/member-store';

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

/**
 * assertHolderOrStaff, plus organizations: an organization token sees the cards its members hold, and any
 * other card is not found (the same answer as a card that does not exist).
 */
export async function assertMayReadCard(ctx: { services: { pool: Pool }; actor: Actor }, holderUserId: string | undefined): Promise<void> {
  if (ctx.actor.role !== 'organization') return assertHolderOrStaff(ctx.actor, holderUserId);
  const org = ctx.actor.organizationId;
  if (!org || holderUserId === undefined || !(await isMember(ctx.services.pool, org, holderUserId))) {
    throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
  }
}
