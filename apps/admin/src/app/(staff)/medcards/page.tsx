import { PageHeading } from '@healthpay/ui';
import Link from 'next/link';
import { Suspense } from 'react';
import { CardSearch } from '@/components/medcards/card-search';
import { FindByNationalId } from '@/components/medcards/find-by-national-id';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('medcards');

const issueLink =
  'inline-flex h-11 items-center rounded-xl bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

export default staffPage('medcards', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" action={<Link href="/medcards/new" className={issueLink}>{t('issueCard')}</Link>} />
    <Suspense>
      <CardSearch />
    </Suspense>
    <div className="mt-6">
      <FindByNationalId />
    </div>
  </>
));
