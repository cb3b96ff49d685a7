import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { NewClaim } from '@/components/claims/new-claim';
import { myPharmacy } from '@/server/my-pharmacy';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('claims', 'newClaim');

export default async function NewClaimPage() {
  // Not active: the notice above the page says why; no form that could only be refused.
  const pharmacy = await myPharmacy();
  if (pharmacy && pharmacy.status !== 'active') {
    const t = await getTranslations('pharmacyStatus');
    return <p className="text-sm font-medium text-slate-700">{t('claimsPaused')}</p>;
  }
  const t = await getTranslations('claims');
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeading title={t('newClaim')} intro={t('form.intro')} />
      <NewClaim />
    </div>
  );
}
