import { Notice } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { myPharmacy } from '@/server/my-pharmacy';

/**
 * Says plainly, in the page's language, when the pharmacy may not claim (pending, suspended, closed) and why.
 * Nothing for an active pharmacy. The API refuses the counter actions anyway (PHARMACY_NOT_ACTIVE).
 */
export async function PharmacyStatusNotice() {
  const pharmacy = await myPharmacy();
  if (!pharmacy || pharmacy.status === 'active') return null;
  const t = await getTranslations('pharmacyStatus');
  const s = pharmacy.status;
  return (
    <Notice tone={s === 'pending' ? undefined : 'error'} title={t(`${s}.title`)}>
      <p>{t(`${s}.body`)}</p>
      {pharmacy.statusReason ? <p className="mt-1">{t('reason', { reason: pharmacy.statusReason })}</p> : null}
    </Notice>
  );
}
