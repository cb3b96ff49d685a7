import { staffMay } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PharmacyDetail } from '@/components/pharmacies/pharmacy-detail';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('pharmacies');

export default async function PharmacyPage({ params }: { params: Promise<{ pharmacyId: string }> }) {
  const { pharmacyId } = await params;
  const [me, t] = await Promise.all([requireStaff(), getTranslations('pharmacies')]);
  // Status actions and invitations for support and superadmins; the API enforces the same rule.
  const canManage = (staffMay.manageAccounts as readonly string[]).includes(me.role);
  return (
    <>
      <Link href="/pharmacies" className="mb-3 inline-block text-sm text-teal-800 underline">
        {t('back')}
      </Link>
      <PharmacyDetail pharmacyId={decodeURIComponent(pharmacyId)} canManage={canManage} />
    </>
  );
}
