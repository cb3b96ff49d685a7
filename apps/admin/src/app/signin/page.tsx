import { PortalHeader, signInRoute } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { pageTitle } from '@/i18n/page-title';
import { currentStaff } from '@/server/session';
import { SignInForm } from './sign-in-form';

export const generateMetadata = pageTitle('shell.signin');

const header = <PortalHeader tone="staff" brand={<Brand />} />;

/** Staff sign in with email and password (and an authenticator code once they turned it on). */
export default signInRoute({ signedIn: currentStaff, home: () => redirect('/'), messages: () => getTranslations('shell.signin'), header, form: <SignInForm /> });
