import { PortalPublicPage } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { RegisterFlow } from '@/components/register/register-flow';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';
import { openSignedOutPage } from '@/server/signed-out-page';

/** Patients open an account themselves: mobile, SMS code, names, national ID, consent. */
export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  await openSignedOutPage(params);
  const t = await getTranslations('register');
  const signIn = <Link href="/signin" className="text-teal-800 underline">{t('haveAccount')}</Link>;
  return (
    <PortalPublicPage header={<SiteHeader />} heading={t('title')} intro={t('intro')} footer={signIn}>
      <RegisterFlow />
    </PortalPublicPage>
  );
}
