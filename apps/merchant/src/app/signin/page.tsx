import { PortalHeader, PortalSignInPage } from '@healthpay/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { SignInForm } from '@/components/sign-in-form';
import { currentUser } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('portal.signin'))('title') };
}

/** Pharmacists sign in with the email and password their pharmacy was given. */
export default async function SignInPage() {
  if (await currentUser()) redirect('/');
  const t = await getTranslations('portal.signin');
  return (
    <PortalSignInPage header={<PortalHeader tone="pharmacy" brand={<Brand pharmacyName={null} />} />} heading={t('heading')}>
      <SignInForm />
    </PortalSignInPage>
  );
}
