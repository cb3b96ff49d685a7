import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { InsuranceClaims } from '@/components/insurance/insurance-claims';
import { requirePharmacist } from '@/server/session';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('insurance');

/** Insurance claims of this pharmacy: file one for a prescription it dispensed, follow the review, resubmit. */
export default async function InsurancePage() {
  const [, t] = await Promise.all([requirePharmacist(), getTranslations('insurance')]);
  return (
    <div className="space-y-4">
      <PageHeading title={t('title')} intro={t('intro')} />
      <Suspense>
        <InsuranceClaims />
      </Suspense>
    </div>
  );
}
