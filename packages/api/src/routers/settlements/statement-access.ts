import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors/app-error';

/**
 * Pharmacists (and pharmacy API tokens, which act as one) see their own pharmacy's statements only; another
 * pharmacy's is "not found", so they cannot learn which exist. Staff allowed by the procedure see all.
 */
export function requireStatementReader(actor: Actor, pharmacyId: string): void {
  if (actor.role === 'pharmacist' && actor.pharmacyId !== pharmacyId) throw new AppError('SETTLEMENT_NOT_FOUND', 'No such statement');
}

/** The pharmacy a listing is narrowed to: a pharmacist's own, whatever they asked for (another one is refused). */
export function listingPharmacy(actor: Actor, asked: string | undefined): string | undefined {
  if (actor.role !== 'pharmacist') return asked;
  if (!actor.pharmacyId || (asked !== undefined && asked !== actor.pharmacyId)) throw new AppError('FORBIDDEN', 'Pharmacists see only their own pharmacy’s statements');
  return actor.pharmacyId;
}
