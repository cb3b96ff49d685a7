import { LiveUpdates, SignOutButton } from '@healthpay/ui';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { SessionUser } from '@/server/session';
import { LanguageSwitch } from './language-switch';
import { PatientNav } from './patient-nav';

/** Brand, language switch and (when signed in) sign-out and the patient's pages. */
export async function SiteHeader({ user }: { user?: SessionUser }) {
  const t = await getTranslations('common');
  const locale = await getLocale();
  return (
    <header className="bg-teal-800 text-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-white">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-white text-lg font-bold text-teal-800">
            +
          </span>
          <span className="leading-tight">
            <span className="block font-semibold">{t('appName')}</span>
            <span className="block text-xs text-teal-100">{t('tagline')}</span>
          </span>
        </Link>
        <nav className="flex items-center gap-1" aria-label={t('appName')}>
          <LanguageSwitch signedIn={Boolean(user)} />
          {user ? (
            <>
              <SignOutButton to={`/${locale}/signin`} label={t('signOut')} failedLabel={t('signOutFailed')} className="text-teal-50" />
              {/* Balance, payments and claims refresh as they change (routers/live). */}
              <LiveUpdates />
            </>
          ) : null}
        </nav>
      </div>
      {user ? <PatientNav /> : null}
    </header>
  );
}
