import { getTranslations } from 'next-intl/server';
import { personName } from '@healthpay/ui';
import { openPatientPage, PatientMain } from '@/components/page/patient-page';
import { WalletHome } from '@/components/wallet/wallet-home';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, me } = await openPatientPage((await params).locale);
  const t = await getTranslations('common');
  return (
    <PatientMain user={me} wide>
      <p className="mb-4 text-sm text-slate-600">{t('signedInAs', { name: personName(me, locale) ?? me.name })}</p>
      <WalletHome myPhone={me.phone} />
    </PatientMain>
  );
}
