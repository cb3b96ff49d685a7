import { PageHeading } from '@healthpay/ui';
import { staffMay } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { PharmaciesList } from '@/components/pharmacies/pharmacies-list';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('pharmacies');

export default async function PharmaciesPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations('pharmacies')]);
  const canManage = (staffMay.manageAccounts as readonly string[]).includes(me.role);
  return (
    <>
      <PageHeading
        title={t('title')}
        className="mb-4"
        action={
          canManage ? (
            <Link href="/pharmacies/new" className="rounded-xl bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
              {t('newPharmacy')}
            </Link>
          ) : null
        }
      />
      <Suspense>
        <PharmaciesList />
      </Suspense>
    </>
  );
}
