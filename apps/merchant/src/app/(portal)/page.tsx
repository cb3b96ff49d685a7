import { Card } from '@healthpay/ui';
import Link from 'next/link';
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
            Claims arrive with the MedCard release. Once it is live, every prescription a patient pays for with HealthPay at your
            counter shows up here.
          </p>
          <Link href="/claims" className="mt-3 inline-block text-sm font-medium text-emerald-800 underline">
            Go to claims
          </Link>
        </Card>
        <Card title="Daily summary" titleId="summary-card">
          <p className="text-sm text-slate-600">
            Your end-of-day totals also start with the MedCard release: payments received, claims submitted and what is due to you.
          </p>
          <Link href="/summary" className="mt-3 inline-block text-sm font-medium text-emerald-800 underline">
            Go to daily summary
          </Link>
        </Card>
      </div>
    </div>
  );
}
