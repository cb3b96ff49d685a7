import { parseEgyptianIban } from '../egypt/iban';
import { isGovernorate } from '../egypt/governorate-names';
import { DomainError } from '../shared/errors';
import type { PharmacyDetailsInput } from './commands';
import type { PharmacyDetails } from './events';
import { MAX_ADDRESS, MAX_CITY, MAX_PHARMACY_NAME, MAX_REASON } from './identifiers';
import type { ExistingPharmacyState, PharmacyState } from './state';

export function requirePharmacy(state: PharmacyState, pharmacyId: string): ExistingPharmacyState {
  if (state.status === 'none') throw new DomainError('PHARMACY_NOT_FOUND', `Pharmacy ${pharmacyId} not found`, { pharmacyId });
  return state;
}

/** A pharmacy that is still open (closing is final). */
export function requireOpenPharmacy(state: PharmacyState, pharmacyId: string): ExistingPharmacyState {
  const p = requirePharmacy(state, pharmacyId);
  if (p.status === 'closed') throw new DomainError('PHARMACY_CLOSED', 'This pharmacy is closed', { pharmacyId });
  return p;
}

const text = (field: keyof PharmacyDetailsInput, value: string, max: number): string => {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v || v.length > max) throw new DomainError('INVALID_PHARMACY_DETAILS', `${field} must be 1–${max} characters`, { field });
  return v;
};

/** Trimmed, bounded details with a known governorate. */
export function validDetails(input: PharmacyDetailsInput): PharmacyDetails {
  if (!isGovernorate(input.governorate)) {
    throw new DomainError('INVALID_PHARMACY_DETAILS', 'Unknown governorate', { field: 'governorate' });
  }
  return {
    nameEn: text('nameEn', input.nameEn, MAX_PHARMACY_NAME),
    nameAr: text('nameAr', input.nameAr, MAX_PHARMACY_NAME),
    governorate: input.governorate,
    city: text('city', input.city, MAX_CITY),
    address: text('address', input.address, MAX_ADDRESS),
  };
}

export function validIban(value: string): string {
  const parsed = parseEgyptianIban(value);
  if (!parsed.ok) throw new DomainError('INVALID_IBAN', parsed.reason === 'format' ? 'An Egyptian IBAN is EG followed by 27 digits' : 'The IBAN check digits do not match', { reason: parsed.reason });
  return parsed.iban;
}

export function validReason(value: string): string {
  const reason = value.trim();
  if (!reason || reason.length > MAX_REASON) throw new DomainError('REASON_REQUIRED', `Give a reason (at most ${MAX_REASON} characters)`);
  return reason;
}
