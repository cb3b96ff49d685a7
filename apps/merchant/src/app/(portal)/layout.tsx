import { LiveUpdates, LocaleSwitch, PortalHeader, portalLocaleOf, RememberLocale, SignOutButton } from '@healthpay/ui';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Brand } from '@/components/brand';
import { PharmacyStatusNotice } from '@/components/pharmacy/pharmacy-status-notice';
import { PortalNav } from '@/components/portal-nav';
import { requirePharmacist } from '@/server/session';

/** Every pharmacy page: signed in as a pharmacist, under a header naming their pharmacy. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const me = await requirePharmacist();
  const [locale, t] = await Promise.all([getLocale().then(portalLocaleOf), getTranslations('common')]);
  const pharmacy = me.pharmacy;
  const actions = (
    <>
      <bdi className="hidden text-emerald-100 sm:inline">{me.name}</bdi>
      <LocaleSwitch current={locale} signedIn className="rounded-lg px-2 py-1 text-sm text-emerald-100 hover:bg-white/10 hover:text-white" />
      <SignOutButton to="/signin" label={t('signOut')} failedLabel={t('signOutFailed')} />
    </>
  );
  return (
    <>
      <PortalHeader
        tone="pharmacy"
        brand={<Brand pharmacyName={pharmacy ? (locale === 'ar' ? pharmacy.nameAr : pharmacy.name) : null} />}
        actions={actions}
        nav={<PortalNav showTeam={me.pharmacyRole === 'manager'} />}
      />
      <RememberLocale locale={locale} />
      {/* The pharmacy's claims and copays refresh as they change (routers/live). */}
      <LiveUpdates />
      <main className="mx-auto max-w-5xl space-y-4 px-4 py-6">
        <PharmacyStatusNotice />
        <div>{children}</div>
      </main>
    </>
  );
}
