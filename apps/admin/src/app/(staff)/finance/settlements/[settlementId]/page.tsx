import { staffMay } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { StatementDetail } from '@/components/settlements/statement-detail';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('settlements');

export default async function SettlementPage({ params }: { params: Promise<{ settlementId: string }> }) {
  const { settlementId } = await params;
  const [me, t] = await Promise.all([requireStaff(), getTranslations('settlements')]);
  const canAct = (staffMay.settlePharmacies as readonly string[]).includes(me.role);
  return (
    <>
      <Link href="/finance/settlements" className="mb-3 inline-block text-sm text-teal-800 underline">{t('detail.back')}</Link>
      <StatementDetail settlementId={decodeURIComponent(settlementId)} canAct={canAct} />
    </>
  );
}
