import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewClaim } from '@/components/claims/new-claim';
import { myPharmacy } from '@/server/my-pharmacy';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('claims'))('newClaim') };
}

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
      <div>
        <h1 className="text-2xl font-semibold">{t('newClaim')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('form.intro')}</p>
      </div>
      <NewClaim />
    </div>
  );
}
