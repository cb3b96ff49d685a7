import { LiveUpdates, LocaleSwitch, portalLocaleOf, SignOutButton } from '@healthpay/ui';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Brand } from '@/components/brand';
import { StaffNav } from '@/components/staff-nav';
import { requireStaff } from '@/server/session';
import { pagesFor } from '@/server/pages-for';

/** Every staff page: signed in as admin, with the console's header. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const me = await requireStaff();
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Brand />
          <div className="flex items-center gap-3 text-sm">
            <Link href="/account" className="hidden rounded-lg px-2 py-1 text-slate-300 hover:bg-white/10 hover:text-white sm:inline">
              {me.name} · {me.role.replace('_', ' ')}
            </Link>
            <LocaleSwitch current={portalLocaleOf(locale)} />
            <SignOutButton to="/signin" label={t('signOut')} />
          </div>
        </div>
        <StaffNav show={pagesFor(me.role)} />
      </header>
      {/* The insurance-review queue refreshes as claims arrive (routers/live: reviewers only follow it). */}
      {me.role === 'claims_reviewer' || me.role === 'superadmin' ? <LiveUpdates /> : null}
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
