import { staffMay } from '@healthpay/api';
import { FormPage } from '@healthpay/ui';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PharmacyForm } from '@/components/pharmacies/pharmacy-form';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('pharmacies', 'newTitle');

export default staffPage('pharmacies', ({ me, t }) => {
  // Support and superadmins register pharmacies; the API enforces the same rule.
  if (!may(me.role, staffMay.manageAccounts)) redirect('/pharmacies');
  const back = <Link href="/pharmacies" className="text-sm text-teal-800 underline">{t('back')}</Link>;
  return (
    <FormPage width="3xl" title={t('newTitle')} back={back}>
      <PharmacyForm />
    </FormPage>
  );
});
