import { formatEgyptianMobile } from '@healthpay/ui';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import { serverCaller } from '@/server/session';

/** Development sign-in: one button per demo patient; the route handler sets the cookie. */
export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { error } = await searchParams;
  const t = await getTranslations('signin');
  const patients = await (await serverCaller()).session.demoUsers({ role: 'patient' });
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('devNotice')}</p>
        {error ? (
          <p role="alert" className="mt-4 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            {t('unknownUser')}
          </p>
        ) : null}
        {patients.length === 0 ? (
          <p className="mt-6 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t('noUsers')}</p>
        ) : (
          <section aria-labelledby="demo-users" className="mt-6">
            <h2 id="demo-users" className="mb-3 text-sm font-medium text-slate-700">
              {t('choose')}
            </h2>
            <ul className="space-y-3">
              {patients.map((u) => (
                <li key={u.id}>
                  <form action="/api/dev-signin" method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <button
                      type="submit"
                      className="flex w-full items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-start shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-700"
                    >
                      <span className="font-medium">{u.name}</span>
                      {u.phone ? (
                        <span dir="ltr" className="text-sm text-slate-500 tabular-nums">
                          {formatEgyptianMobile(u.phone)}
                        </span>
                      ) : null}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
