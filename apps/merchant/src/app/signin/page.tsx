import { PortalHeader, signInRoute } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { SignInForm } from '@/components/sign-in-form';
import { pageTitle } from '@/i18n/page-title';
import { currentUser } from '@/server/session';

export const generateMetadata = pageTitle('portal.signin');

const header = <PortalHeader tone="pharmacy" brand={<Brand pharmacyName={null} />} />;

/** Pharmacists sign in with the email and password their pharmacy was given. */
export default signInRoute({ signedIn: currentUser, home: () => redirect('/'), messages: () => getTranslations('portal.signin'), header, form: <SignInForm /> });
