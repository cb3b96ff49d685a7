import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { MyStatement } from '@/components/settlements/my-statement';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('settlements');

export default async function SettlementPage({ params }: { params: Promise<{ settlementId: string }> }) {
  const { settlementId } = await params;
  const t = await getTranslations('settlements');
  return (
    <div className="space-y-3">
      <Link href="/settlements" className="inline-block text-sm text-emerald-800 underline">{t('detail.back')}</Link>
      <MyStatement settlementId={decodeURIComponent(settlementId)} />
    </div>
  );
}
