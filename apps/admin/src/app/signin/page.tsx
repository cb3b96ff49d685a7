import { PortalHeader, PortalSignInPage } from '@healthpay/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { currentStaff } from '@/server/session';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('shell.signin'))('title') };
}

/** Staff sign in with email and password (and an authenticator code once they turned it on). */
export default async function SignInPage() {
  if (await currentStaff()) redirect('/');
  const t = await getTranslations('shell.signin');
  return (
    <PortalSignInPage header={<PortalHeader tone="staff" brand={<Brand />} />} heading={t('heading')}>
      <SignInForm />
    </PortalSignInPage>
  );
}
