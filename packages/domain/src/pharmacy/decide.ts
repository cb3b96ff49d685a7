import { DomainError } from '../shared/errors';
import type { PharmacyCommand, PharmacyCommandOf, RegisterPharmacy } from './commands';
import type { PharmacyEvent, PharmacyLicenceEvent } from './events';
import { requireOpenPharmacy, validDetails, validIban, validReason } from './guards';
import { isCommercialRegistration, isLicenceNumber, normalizeCommercialRegistration, normalizeLicenceNumber } from './identifiers';
import type { ExistingPharmacyState, PharmacyLicenceState, PharmacyState } from './state';

const transition = (p: ExistingPharmacyState, command: PharmacyCommand['type']) =>
  new DomainError('INVALID_STATE_TRANSITION', `A ${p.status} pharmacy cannot do ${command}`, { from: p.status, command });

/**
 * Registration is decided with the licence number's claim stream: the claim is appended in the same
 * transaction (expected version 0), so of two concurrent registrations of one licence only one commits; the
 * other is retried on fresh state and refused with DUPLICATE_LICENCE_NUMBER.
 */
export function decidePharmacyRegistration(
  command: RegisterPharmacy,
  state: PharmacyState,
  licence: PharmacyLicenceState,
): { pharmacy: PharmacyEvent[]; licence: PharmacyLicenceEvent[] } {
  const { pharmacyId } = command.data;
  if (state.status !== 'none') throw new DomainError('PHARMACY_ALREADY_EXISTS', `Pharmacy ${pharmacyId} exists`, { pharmacyId });
  const licenceNumber = normalizeLicenceNumber(command.data.licenceNumber);
  if (!isLicenceNumber(licenceNumber)) throw new DomainError('INVALID_LICENCE_NUMBER', 'A licence number is 3–30 letters, digits, / or -');
  const commercialRegistration = normalizeCommercialRegistration(command.data.commercialRegistration);
  if (!isCommercialRegistration(commercialRegistration)) {
    throw new DomainError('INVALID_COMMERCIAL_REGISTRATION', 'A commercial registration number is 1–10 digits');
  }
  if (licence.holder !== null && licence.holder !== pharmacyId) {
    throw new DomainError('DUPLICATE_LICENCE_NUMBER', 'Another pharmacy holds this licence number', { licenceNumber });
  }
  const details = validDetails(command.data);
  const iban = validIban(command.data.iban);
  const at = command.meta.now;
  return {
    pharmacy: [{ type: 'PharmacyRegistered', data: { pharmacyId, ...details, licenceNumber, commercialRegistration, iban, at } }],
    licence: licence.holder === null ? [{ type: 'PharmacyLicenceClaimed', data: { licenceNumber, pharmacyId, at } }] : [],
  };
}

/** Everything after registration. Throws a DomainError to refuse; a repeat of what is already true decides nothing. Pure. */
export const decidePharmacy = (command: PharmacyCommand, state: PharmacyState): PharmacyEvent[] => {
  const p = requireOpenPharmacy(state, command.data.pharmacyId);
  const pharmacyId = p.pharmacyId;
  const at = command.meta.now;
  switch (command.type) {
    case 'ChangePharmacyDetails':
      return changeDetails(command, p);
    case 'ChangeSettlementAccount': {
      const iban = validIban(command.data.iban);
      return iban === p.iban ? [] : [{ type: 'PharmacySettlementAccountChanged', data: { pharmacyId, iban, at } }];
    }
    case 'ActivatePharmacy':
      if (p.status === 'active') return [];
      if (p.status !== 'pending') throw transition(p, command.type);
      return [{ type: 'PharmacyActivated', data: { pharmacyId, at } }];
    case 'SuspendPharmacy': {
      const reason = validReason(command.data.reason);
      if (p.status === 'suspended') return [];
      if (p.status !== 'active') throw transition(p, command.type);
      return [{ type: 'PharmacySuspended', data: { pharmacyId, reason, at } }];
    }
    case 'ReinstatePharmacy':
      if (p.status === 'active') return [];
      if (p.status !== 'suspended') throw transition(p, command.type);
      return [{ type: 'PharmacyReinstated', data: { pharmacyId, at } }];
    case 'ClosePharmacy':
      return [{ type: 'PharmacyClosed', data: { pharmacyId, reason: validReason(command.data.reason), at } }];
    default: {
      const _never: never = command;
      throw new Error(`Unknown pharmacy command ${JSON.stringify(_never)}`);
    }
  }
};

function changeDetails(command: PharmacyCommandOf<'ChangePharmacyDetails'>, p: ExistingPharmacyState): PharmacyEvent[] {
  const d = validDetails(command.data);
  const same = d.nameEn === p.nameEn && d.nameAr === p.nameAr && d.governorate === p.governorate && d.city === p.city && d.address === p.address;
  return same ? [] : [{ type: 'PharmacyDetailsChanged', data: { pharmacyId: p.pharmacyId, ...d, at: command.meta.now } }];
}
