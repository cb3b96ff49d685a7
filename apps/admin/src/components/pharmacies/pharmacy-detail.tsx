'use client';

import { Card, formatDate, LoadingBlock, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { IbanCard } from './iban-card';
import { PharmacyStatusBadge } from './pharmacy-status-badge';
import { useGovernorateName, usePharmacyScreen } from './pharmacy-text';
import { StatusActions } from './status-actions';

/** One pharmacy: details, settlement account, status actions, its pharmacists. */
export function PharmacyDetail({ pharmacyId, canManage }: { pharmacyId: string; canManage: boolean }) {
  const { t, locale, errorText } = usePharmacyScreen();
  const governorateName = useGovernorateName();
  const trpc = useTRPC();
  const got = useQuery(trpc.pharmacies.get.queryOptions({ pharmacyId }));

  if (got.isError) return <Notice tone="error" title={errorText(got.error)} />;
  if (!got.data) return <LoadingBlock label={t('title')} className="h-64" />;
  const { pharmacy: p, pharmacists, canRevealIban } = got.data;
  const invite = `/staff?invite=pharmacist&pharmacyId=${encodeURIComponent(p.id)}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{locale === 'ar' ? p.nameAr : p.nameEn}</h1>
        <PharmacyStatusBadge status={p.status} />
      </div>
      <p className="text-sm text-slate-600">{locale === 'ar' ? p.nameEn : p.nameAr}</p>
      {p.statusReason ? (
        <Notice tone={p.status === 'suspended' ? 'error' : undefined} title={t('detail.statusReason')}>
          {p.statusReason}
        </Notice>
      ) : null}
      {p.version === 0 ? <Notice>{t('detail.legacy')}</Notice> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('detail.details')} titleId="details-heading">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <Row label={t('detail.licence')}><span className="font-mono" dir="ltr">{p.licenceNumber ?? '—'}</span></Row>
            <Row label={t('detail.cr')}><span className="font-mono" dir="ltr">{p.commercialRegistration ?? '—'}</span></Row>
            <Row label={t('detail.governorate')}>{governorateName(p.governorate)}</Row>
            <Row label={t('detail.city')}>{p.city}</Row>
            <Row label={t('detail.address')}>{p.address ?? '—'}</Row>
            <Row label={t('detail.registeredAt')}>{p.registeredAt ? formatDate(p.registeredAt, locale) : '—'}</Row>
          </dl>
        </Card>
        <IbanCard pharmacyId={p.id} ibanMasked={p.ibanMasked} canReveal={canRevealIban} />
        {canManage ? <StatusActions pharmacy={p} /> : null}
        <Card
          title={t('detail.pharmacists')}
          titleId="pharmacists-heading"
          actions={canManage ? (
            <Link href={invite} className="text-sm font-medium text-teal-800 underline">
              {t('detail.invite')}
            </Link>
          ) : undefined}
        >
          {pharmacists.length === 0 ? (
            <p className="text-sm text-slate-600">{t('detail.noPharmacists')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {pharmacists.map((u) => (
                <li key={u.id} className="py-2">
                  <span className="font-medium">{u.name}</span>
                  {u.email ? <span className="ms-2 text-slate-500" dir="ltr">{u.email}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
