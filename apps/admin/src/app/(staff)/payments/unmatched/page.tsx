import { PageHeading } from '@healthpay/ui';
import { PaymentsTabs } from '@/components/payments/payments-tabs';
import { UnmatchedList } from '@/components/payments/unmatched-list';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('payments', 'tabs.unmatched');

export default staffPage('payments', ({ t }) => (
  <>
    <PageHeading title={t('title')} className="mb-4" />
    <PaymentsTabs />
    <p className="mb-4 text-sm text-slate-600">{t('unmatchedIntro')}</p>
    <UnmatchedList />
  </>
));
