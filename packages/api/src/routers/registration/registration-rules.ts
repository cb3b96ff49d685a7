import { createHmac } from 'node:crypto';
import { isDomainError, parseNationalId, type Gender } from '@healthpay/domain';

/**
 * The keyed hash a national ID is stored as (the uniqueness check and an exact-match search); the key is
 * derived from AUTH_SECRET, so a leaked table cannot be reversed by hashing every valid ID.
 */
export const nationalIdHash = (secret: string, nationalId: string): string =>
  createHmac('sha256', secret).update(`national-id:${nationalId}`).digest('hex');

/** What screens may show: the century and birth date are shown back to the patient anyway; the rest hidden. */
export const maskNationalId = (nationalId: string): string => `${nationalId.slice(0, 7)}*****${nationalId.slice(-2)}`;

export type RegistrantId = { ok: true; nationalId: string; birthDate: string; gender: Gender } | { ok: false; reason: string };

/** The beneficiaries' rules (parseNationalId): a malformed ID is a field error, not a server error. */
export function registrantId(input: string, now: Date): RegistrantId {
  try {
    const parsed = parseNationalId(input, now.toISOString());
    return { ok: true, nationalId: parsed.nationalId, birthDate: parsed.birthDate, gender: parsed.gender };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, reason: typeof error.details.reason === 'string' ? error.details.reason : 'FORMAT' };
    throw error;
  }
}
