import { PageHeading } from '@healthpay/ui';
import { staffMay } from '@healthpay/api';
import Link from 'next/link';
import { Suspense } from 'react';
import { PharmaciesList } from '@/components/pharmacies/pharmacies-list';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('pharmacies');

const newLink = 'rounded-xl bg-teal-700 px-4 py-2 text-sm font-medium text-white hover:bg-teal-800';

export default staffPage('pharmacies', ({ me, t }) => (
  <>
    <PageHeading
      title={t('title')}
      className="mb-4"
      action={may(me.role, staffMay.manageAccounts) ? <Link href="/pharmacies/new" className={newLink}>{t('newPharmacy')}</Link> : null}
    />
    <Suspense>
      <PharmaciesList />
    </Suspense>
  </>
));
