import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PaymentScreen } from '@/components/payments/payment-screen';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import { requirePatient } from '@/server/session';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
  return { title: `${t('payment.title')} · ${t('common.appName')}` };
}

/** One top-up; also where Paymob's checkout returns (`?result=` is only a hint: the page asks the server). */
export default async function PaymentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; paymentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, paymentId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const me = await requirePatient(locale);
  const { result } = await searchParams;
  return (
    <>
      <SiteHeader user={me} />
      <main className="mx-auto max-w-xl px-4 py-5 sm:py-8">
        <PaymentScreen paymentId={paymentId} returnedWith={result === 'failure' ? 'failure' : null} />
      </main>
    </>
  );
}
