import { Card, PageHeading } from '@healthpay/ui';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { myPharmacy } from '@/server/my-pharmacy';
import { requirePharmacist } from '@/server/session';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('portal.settings');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words font-medium">{children}</dd>
    </div>
  );
}

export default async function SettingsPage() {
  const me = await requirePharmacist();
  const pharmacy = me.pharmacy;
  const [status, tStatus, t] = await Promise.all([
    myPharmacy().then((p) => p?.status ?? null),
    getTranslations('pharmacyStatus'),
    getTranslations('portal.settings'),
  ]);
  return (
    <div className="space-y-4">
      <PageHeading title={t('title')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t('pharmacy')} titleId="pharmacy-heading">
          {pharmacy ? (
            <dl className="divide-y divide-slate-100 text-sm">
              <Row label={t('nameEn')}>
                <bdi>{pharmacy.name}</bdi>
              </Row>
              <Row label={t('nameAr')}>
                <span lang="ar" dir="rtl">
                  {pharmacy.nameAr}
                </span>
              </Row>
              <Row label={t('city')}>
                <bdi>{pharmacy.city}</bdi>
              </Row>
              {status ? <Row label={tStatus('statusLabel')}>{tStatus(`status.${status}`)}</Row> : null}
              <Row label={t('pharmacyId')}>
                <bdi className="font-mono text-xs">{pharmacy.id}</bdi>
              </Row>
            </dl>
          ) : (
            <p className="text-sm text-slate-600">{t('noPharmacy')}</p>
          )}
        </Card>
        <Card title={t('account')} titleId="account-heading">
          <dl className="divide-y divide-slate-100 text-sm">
            <Row label={t('name')}>
              <bdi>{me.name}</bdi>
            </Row>
            <Row label={t('email')}>
              <bdi>{me.email ?? '—'}</bdi>
            </Row>
            <Row label={t('role')}>{me.pharmacyRole === 'manager' ? t('manager') : t('pharmacist')}</Row>
          </dl>
        </Card>
      </div>
      <p className="text-sm text-slate-600">{t('contact')}</p>
    </div>
  );
}
