import { Card } from '@healthpay/ui';
import Link from 'next/link';
import { TodayCard } from '@/components/summary/today-card';
import { requirePharmacist } from '@/server/session';

/** Morning, afternoon or evening, on Cairo's clock. */
function greeting(now = new Date()): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Africa/Cairo' }).format(now));
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
}

export default async function DashboardPage() {
  const me = await requirePharmacist();
  const pharmacy = me.pharmacy;
  const firstName = me.name.split(' ')[0] ?? me.name;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">
          {greeting()}, {firstName}
        </h1>
        <p className="mt-1 text-slate-600">
          {pharmacy ? (
            <>
              Welcome to HealthPay for <span className="font-medium text-slate-800">{pharmacy.name}</span>, {pharmacy.city}.
            </>
          ) : (
            'Your account is not linked to a pharmacy yet. Contact HealthPay support.'
          )}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="Prescription claims" titleId="claims-card">
          <p className="text-sm text-slate-600">
            A patient shows their HealthPay MedCard: look it up, enter the prescription and check what the card covers before you
            dispense. The patient pays their share from their HealthPay wallet (with a code sent to their phone) or in cash;
            HealthPay pays you the rest.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Link
              href="/claims/new"
              className="inline-flex h-11 items-center rounded-xl bg-emerald-700 px-4 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
            >
              New claim
            </Link>
            <Link href="/claims" className="text-sm font-medium text-emerald-800 underline">
              Go to claims
            </Link>
          </div>
        </Card>
        <TodayCard />
      </div>
    </div>
  );
}
