import type { UserRole } from '@healthpay/db';
import { AppError } from '../errors/app-error';
import type { Services } from '../services/services';
import { admittedProcedure, type AdmissionCheck } from '../trpc';
import type { Actor } from './actor';
import { pharmacyStatusBatch } from './pharmacy-status-batch';

/**
 * THE check that a pharmacy may act at the counter: only an active pharmacy claims, previews, looks cards up,
 * collects copays or files insurance claims. Reads the `pharmacies` read model (one primary-key read), so a
 * suspension takes effect as soon as the projector has applied it (milliseconds). Existing claims stay readable:
 * read procedures do not use it. The checks of concurrent requests share one query (pharmacy-status-batch.ts).
 */
export async function requireActivePharmacy(services: Pick<Services, 'pool'>, pharmacyId: string): Promise<void> {
  const status = await pharmacyStatusBatch(services.pool).load(pharmacyId);
  if (status === null) throw new AppError('PHARMACY_NOT_FOUND', 'No such pharmacy', { pharmacyId });
  if (status !== 'active') {
    throw new AppError('PHARMACY_NOT_ACTIVE', `This pharmacy is ${status} and cannot do this`, { pharmacyId, status });
  }
}

/** The pharmacy a call acts for: a pharmacist's own; staff name one in the input (`pharmacyId`) where it applies. */
function pharmacyActedFor(actor: Actor, rawInput: unknown): string | null {
  if (actor.role === 'pharmacist') return actor.pharmacyId;
  const named = typeof rawInput === 'object' && rawInput !== null ? (rawInput as { pharmacyId?: unknown }).pharmacyId : undefined;
  return typeof named === 'string' && named.length > 0 && named.length <= 100 ? named : null;
}

// In the access middleware itself (after the role and text checks), not a middleware level of its own.
const activePharmacyCheck: AdmissionCheck = async (actor, ctx, getRawInput) => {
  const pharmacyId = pharmacyActedFor(actor, await getRawInput());
  if (pharmacyId !== null) await requireActivePharmacy(ctx.services, pharmacyId);
};

/**
 * A procedure done at the pharmacy counter on a pharmacy's behalf: `roleProcedure`'s checks, then the active-pharmacy
 * check, so every such procedure (tRPC and REST v1 alike: REST calls the same procedures) is refused the same way.
 */
export const counterProcedure = (...roles: UserRole[]) => admittedProcedure(activePharmacyCheck).meta({ access: roles });
