import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { HEALTHPAY_ORGANIZATION_ID } from '../routers/organizations/organization-form';

/** HealthPay's own organization (seeded by the migration): what staff enroll under. */
export const HEALTHPAY_ORGANIZATION = HEALTHPAY_ORGANIZATION_ID;

/**
 * The organization a caller enrolls or reads members of: an organization token its own (naming another is
 * FORBIDDEN); a superadmin the one they name, else HealthPay's; other staff HealthPay's only.
 */
export function organizationOf(actor: Actor, requested: string | undefined): string {
  if (actor.role === 'organization') {
    const own = actor.organizationId;
    if (!own) throw new AppError('FORBIDDEN', 'The token is not scoped to an organization');
    if (requested !== undefined && requested !== own) throw new AppError('FORBIDDEN', 'An organization acts only for itself');
    return own;
  }
  if (requested === undefined || requested === HEALTHPAY_ORGANIZATION) return HEALTHPAY_ORGANIZATION;
  if (actor.role === 'superadmin') return requested;
  throw new AppError('FORBIDDEN', 'Only a superadmin enrolls under another organization');
}
