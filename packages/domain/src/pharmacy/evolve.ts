import type { PharmacyEvent, PharmacyLicenceEvent } from './events';
import type { PharmacyLicenceState, PharmacyState } from './state';

/** Applies a fact to the state. Never rejects: history is already accepted. Never mutates. */
export const evolvePharmacy = (state: PharmacyState, event: PharmacyEvent): PharmacyState => {
  if (event.type === 'PharmacyRegistered') {
    if (state.status !== 'none') return state;
    const { at, ...d } = event.data;
    return { status: 'pending', ...d, statusReason: null, registeredAt: at };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PharmacyDetailsChanged': {
      const { nameEn, nameAr, governorate, city, address } = event.data;
      return { ...state, nameEn, nameAr, governorate, city, address };
    }
    case 'PharmacySettlementAccountChanged':
      return { ...state, iban: event.data.iban };
    case 'PharmacyActivated':
    case 'PharmacyReinstated':
      return { ...state, status: 'active', statusReason: null };
    case 'PharmacySuspended':
      return { ...state, status: 'suspended', statusReason: event.data.reason };
    case 'PharmacyClosed':
      return { ...state, status: 'closed', statusReason: event.data.reason };
    default: {
      const _never: never = event;
      return _never;
    }
  }
};

export const evolvePharmacyLicence = (state: PharmacyLicenceState, event: PharmacyLicenceEvent): PharmacyLicenceState =>
  state.holder === null && event.type === 'PharmacyLicenceClaimed' ? { holder: event.data.pharmacyId } : state;
