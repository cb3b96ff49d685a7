import { defaultServices } from '@healthpay/api';
import { cache } from 'react';

export interface Pharmacy {
  id: string;
  name: string;
  nameAr: string;
  city: string;
}

/**
 * The pharmacist's pharmacy, for the header and settings.
 * Interim: session.me carries only `pharmacyId` and the API has no pharmacy procedure yet, so this reads
 * the reference table directly. Replace with the API's answer when it returns the pharmacy.
 */
export const getPharmacy = cache(async (id: string | null): Promise<Pharmacy | null> => {
  if (!id) return null;
  const res = await defaultServices().pool.query<Pharmacy>(
    'SELECT id, name, name_ar AS "nameAr", city FROM pharmacies WHERE id = $1',
    [id],
  );
  return res.rows[0] ?? null;
});
