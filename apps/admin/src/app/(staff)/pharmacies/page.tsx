import { staffMay } from '@healthpay/api';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { PharmaciesList } from '@/components/pharmacies/pharmacies-list';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pharmacies'))('title') };
}

export default async function PharmaciesPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations('pharmacies')]);
  const canManage = (staffMay.manageAccounts as readonly string[]).includes(me.role);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {canManage ? (
          <Link href="/pharmacies/new" className="rounded-xl bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800">
            {t('newPharmacy')}
          </Link>
        ) : null}
      </div>
      <Suspense>
        <PharmaciesList />
      </Suspense>
    </>
  );
}
