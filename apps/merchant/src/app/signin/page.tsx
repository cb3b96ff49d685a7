import { PasswordSignInForm } from '@healthpay/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { currentUser } from '@/server/session';

export const metadata: Metadata = { title: 'Sign in' };

/** Pharmacists sign in with the email and password their pharmacy was given. */
export default async function SignInPage() {
  if (await currentUser()) redirect('/');
  return (
    <>
      <header className="bg-emerald-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center px-4 py-3">
          <Brand pharmacyName={null} />
        </div>
      </header>
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-semibold">Sign in to the pharmacy portal</h1>
        <PasswordSignInForm home="/" />
      </main>
    </>
  );
}
