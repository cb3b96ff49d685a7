import { LiveUpdates, LocaleSwitch, PortalHeader, portalLocaleOf, RememberLocale, SignOutButton } from '@healthpay/ui';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Brand } from '@/components/brand';
import { StaffNav } from '@/components/staff-nav';
import { requireStaff } from '@/server/session';
import { pagesFor } from '@/server/pages-for';

/** Every staff page: signed in as staff, with the console's header. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const me = await requireStaff();
  const [locale, t, shell] = await Promise.all([getLocale().then(portalLocaleOf), getTranslations('common'), getTranslations('shell')]);
  const actions = (
    <>
      <Link href="/account" title={shell('account')} className="hidden rounded-lg px-2 py-1 text-slate-300 hover:bg-white/10 hover:text-white sm:inline">
        <bdi>{me.name}</bdi> · {shell(`roles.${me.role}`)}
      </Link>
      <LocaleSwitch current={locale} signedIn />
      <SignOutButton to="/signin" label={t('signOut')} failedLabel={t('signOutFailed')} />
    </>
  );
  return (
    <>
      <PortalHeader tone="staff" brand={<Brand />} actions={actions} nav={<StaffNav show={pagesFor(me.role)} />} />
      <RememberLocale locale={locale} />
      {/* The insurance-review queue refreshes as claims arrive (routers/live: reviewers only follow it). */}
      {me.role === 'claims_reviewer' || me.role === 'superadmin' ? <LiveUpdates /> : null}
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
