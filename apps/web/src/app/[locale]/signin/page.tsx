import { PortalPublicPage } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { OtpSignIn } from '@/components/signin/otp-sign-in';
import { SiteHeader } from '@/components/site-header';
import { Link } from '@/i18n/navigation';
import { openSignedOutPage } from '@/server/signed-out-page';

/** Patients sign in with their mobile number and a code by SMS. */
export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  await openSignedOutPage(params);
  const [t, r] = await Promise.all([getTranslations('signin'), getTranslations('register')]);
  return (
    <PortalPublicPage header={<SiteHeader />} heading={t('title')} intro={t('intro')} footer={<Link href="/register" className="text-teal-800 underline">{r('link')}</Link>}>
      <OtpSignIn />
    </PortalPublicPage>
  );
}
