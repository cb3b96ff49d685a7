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
    <>
      <header className="bg-emerald-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center px-4 py-3">
          <Brand pharmacyName={null} />
        </div>
      </header>
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <SignInForm />
      </main>
    </>
  );
}
