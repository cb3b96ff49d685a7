import { maskIban, type PharmacyState } from '@healthpay/domain';
import type { PharmacyView as PharmacyReadRow } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import type { PharmacyView } from './pharmacy.schemas';

/** What a command answers, from the aggregate's state (the read model may not have caught up yet). */
export function pharmacyViewOfState(state: PharmacyState, version: number): PharmacyView {
  if (state.status === 'none') throw new AppError('INTERNAL', 'The pharmacy left no state');
  return {
    id: state.pharmacyId, nameEn: state.nameEn, nameAr: state.nameAr, governorate: state.governorate, city: state.city, address: state.address,
    licenceNumber: state.licenceNumber, commercialRegistration: state.commercialRegistration, ibanMasked: maskIban(state.iban),
    status: state.status, statusReason: state.statusReason, registeredAt: new Date(state.registeredAt), version,
  };
}

export const pharmacyViewOfRow = (r: PharmacyReadRow): PharmacyView => ({
  id: r.id, nameEn: r.nameEn, nameAr: r.nameAr, governorate: r.governorate, city: r.city, address: r.address, licenceNumber: r.licenceNumber,
  commercialRegistration: r.commercialRegistration, ibanMasked: r.ibanMasked, status: r.status, statusReason: r.statusReason,
  registeredAt: r.registeredAt, version: r.version,
});

