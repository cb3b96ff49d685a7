import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { InsuranceClaims } from '@/components/insurance/insurance-claims';
import { requirePharmacist } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insurance'))('title') };
}

/** Insurance claims of this pharmacy: file one for a prescription it dispensed, follow the review, resubmit. */
export default async function InsurancePage() {
  const [, t] = await Promise.all([requirePharmacist(), getTranslations('insurance')]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <Suspense>
        <InsuranceClaims />
      </Suspense>
    </div>
  );
}
