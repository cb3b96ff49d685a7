import { SignOutButton } from '@healthpay/ui';
import type { ReactNode } from 'react';
import { Brand } from '@/components/brand';
import { PortalNav } from '@/components/portal-nav';
import { requirePharmacist } from '@/server/session';

/** Every pharmacy page: signed in as a pharmacist, under a header naming their pharmacy. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const me = await requirePharmacist();
  const pharmacy = me.pharmacy;
  return (
    <>
      <header className="bg-emerald-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <Brand pharmacyName={pharmacy?.name ?? null} />
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-emerald-100 sm:inline">{me.name}</span>
            <SignOutButton to="/signin" label="Sign out" />
          </div>
        </div>
        <PortalNav />
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
