import { PasswordSignInForm } from '@healthpay/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Brand } from '@/components/brand';
import { currentStaff } from '@/server/session';

export const metadata: Metadata = { title: 'Sign in' };

/** Staff sign in with email and password (and an authenticator code once they turned it on). */
export default async function SignInPage() {
  if (await currentStaff()) redirect('/wallets');
  return (
    <>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl items-center px-4 py-3">
          <Brand />
        </div>
      </header>
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-semibold">Sign in to the staff console</h1>
        <PasswordSignInForm home="/wallets" />
      </main>
    </>
  );
}
