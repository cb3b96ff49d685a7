import { staffMay } from '@healthpay/api';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { StatementDetail } from '@/components/settlements/statement-detail';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('title') };
}

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
