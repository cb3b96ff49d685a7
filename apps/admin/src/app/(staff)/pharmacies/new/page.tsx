import { staffMay } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PharmacyForm } from '@/components/pharmacies/pharmacy-form';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('pharmacies', 'newTitle');

export default async function NewPharmacyPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations('pharmacies')]);
  // Support and superadmins register pharmacies; the API enforces the same rule.
  if (!(staffMay.manageAccounts as readonly string[]).includes(me.role)) redirect('/pharmacies');
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/pharmacies" className="text-sm text-teal-800 underline">
        {t('back')}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-semibold">{t('newTitle')}</h1>
      <PharmacyForm />
    </div>
  );
}
