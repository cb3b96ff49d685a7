import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { ClaimsList } from '@/components/claims/claims-list';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('claims');

export default async function ClaimsPage() {
  const t = await getTranslations('claims');
  return (
    <div className="space-y-4">
      <PageHeading
        title={t('title')}
        action={
          <Link
            href="/claims/new"
            className="inline-flex h-11 items-center rounded-xl bg-emerald-700 px-4 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
          >
            {t('newClaim')}
          </Link>
        }
      />
      <Suspense>
        <ClaimsList />
      </Suspense>
    </div>
  );
}
