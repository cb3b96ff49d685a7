import { Card } from '@healthpay/ui';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { TodayCard } from '@/components/summary/today-card';
import { requirePharmacist } from '@/server/session';

/** Morning, afternoon or evening, on Cairo's clock. */
function partOfDay(now = new Date()): 'morning' | 'afternoon' | 'evening' {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Africa/Cairo' }).format(now));
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

export default async function DashboardPage() {
  const [me, t, locale] = await Promise.all([requirePharmacist(), getTranslations('portal.dashboard'), getLocale()]);
  const pharmacy = me.pharmacy;
  const firstName = me.name.split(' ')[0] ?? me.name;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.rich(partOfDay(), { name: firstName, bdi: (c) => <bdi>{c}</bdi> })}</h1>
        <p className="mt-1 text-slate-600">
          {pharmacy
            ? t.rich('welcome', {
                pharmacy: locale === 'ar' ? pharmacy.nameAr : pharmacy.name,
                city: pharmacy.city,
                b: (chunks) => <bdi className="font-medium text-slate-800">{chunks}</bdi>,
                bdi: (chunks) => <bdi>{chunks}</bdi>,
              })
            : t('noPharmacy')}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t('claimsTitle')} titleId="claims-card">
          <p className="text-sm text-slate-600">{t('claimsBody')}</p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Link
              href="/claims/new"
              className="inline-flex h-11 items-center rounded-xl bg-emerald-700 px-4 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
            >
              {t('newClaim')}
            </Link>
            <Link href="/claims" className="text-sm font-medium text-emerald-800 underline">
              {t('goToClaims')}
            </Link>
          </div>
        </Card>
        <TodayCard />
      </div>
    </div>
  );
}
