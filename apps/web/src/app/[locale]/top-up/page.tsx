import { getTranslations } from 'next-intl/server';
import { openPatientPage, PatientMain, titleMetadata } from '@/components/page/patient-page';
import { TopUpScreen } from '@/components/payments/top-up-screen';

export const generateMetadata = titleMetadata('topUp.title');

export default async function TopUpPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { me } = await openPatientPage((await params).locale);
  const { wallet } = await searchParams;
  const t = await getTranslations('topUp');
  return (
    <PatientMain user={me} title={t('title')} intro={t('intro')}>
      <TopUpScreen walletId={typeof wallet === 'string' ? wallet : null} />
    </PatientMain>
  );
}
