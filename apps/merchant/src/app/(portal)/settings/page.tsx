import { Card } from '@healthpay/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { myPharmacy } from '@/server/my-pharmacy';
import { requirePharmacist } from '@/server/session';

export const metadata: Metadata = { title: 'Settings' };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

export default async function SettingsPage() {
  const me = await requirePharmacist();
  const pharmacy = me.pharmacy;
  const [status, t] = await Promise.all([myPharmacy().then((p) => p?.status ?? null), getTranslations('pharmacyStatus')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="Pharmacy" titleId="pharmacy-heading">
          {pharmacy ? (
            <dl className="divide-y divide-slate-100 text-sm">
              <Row label="Name">{pharmacy.name}</Row>
              <Row label="Arabic name">
                <span lang="ar" dir="rtl">
                  {pharmacy.nameAr}
                </span>
              </Row>
              <Row label="City">{pharmacy.city}</Row>
              {status ? <Row label={t('statusLabel')}>{t(`status.${status}`)}</Row> : null}
              <Row label="Pharmacy id">
                <span className="font-mono text-xs">{pharmacy.id}</span>
              </Row>
            </dl>
          ) : (
            <p className="text-sm text-slate-600">Your account is not linked to a pharmacy yet.</p>
          )}
        </Card>
        <Card title="Your account" titleId="account-heading">
          <dl className="divide-y divide-slate-100 text-sm">
            <Row label="Name">{me.name}</Row>
            <Row label="Email">{me.email ?? '—'}</Row>
            <Row label="Role">Pharmacist</Row>
          </dl>
        </Card>
      </div>
      <p className="text-sm text-slate-600">To change these details, contact HealthPay support.</p>
    </div>
  );
}
