import { hashNationalId, maskNationalId } from '@healthpay/db';
import { isDomainError, parseNationalId, type Gender } from '@healthpay/domain';

/**
 * @deprecated Use `hashNationalId(nationalId)` from `@healthpay/db` (HMAC-SHA256 under PII_HASH_KEY, the one
 * keyed hash every table stores). Kept so callers written against the registration's first version compile
 * and match: the first argument (once AUTH_SECRET) is ignored.
 */
export const nationalIdHash = (_legacySecret: string, nationalId: string): string => hashNationalId(nationalId);

/** What screens may show (one masking rule for the whole system, from `@healthpay/db`). */
export { maskNationalId };

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
