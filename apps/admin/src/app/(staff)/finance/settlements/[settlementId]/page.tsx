import { staffMay } from '@healthpay/api';
import Link from 'next/link';
import { StatementDetail } from '@/components/settlements/statement-detail';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('settlements');

export default staffPage('settlements', ({ me, t, params }) => (
  <>
    <Link href="/finance/settlements" className="mb-3 inline-block text-sm text-teal-800 underline">{t('detail.back')}</Link>
    <StatementDetail settlementId={decodeURIComponent(params.settlementId ?? '')} canAct={may(me.role, staffMay.settlePharmacies)} />
  </>
));
