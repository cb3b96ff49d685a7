import { getTranslations } from 'next-intl/server';
import { MedCardHome } from '@/components/medcard/medcard-home';
import { openPatientPage, PatientMain, titleMetadata } from '@/components/page/patient-page';

export const generateMetadata = titleMetadata('medcard.title');

export default async function MedCardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { me } = await openPatientPage((await params).locale);
  const t = await getTranslations('medcard');
  return (
    <PatientMain user={me} wide title={t('title')} intro={t('intro')}>
      <MedCardHome />
    </PatientMain>
  );
}
