'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, claimStatusTone, formatDateTime, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { claimPath, receiptPath } from '@/lib/claim-paths';
import { useClaimText } from '../text/use-claim-text';

export type ClaimRow = RouterOutputs['claims']['byPharmacy']['items'][number];

const th = 'px-4 py-3 font-medium';
const linkClass = 'text-emerald-800 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-700';

/**
 * The pharmacy's claims: a table from tablet width up (scrolling in its own frame if it must), one card per
 * claim on a phone, so the page itself never scrolls sideways. Each claim links to its detail and its receipt.
 */
export function ClaimTable({ rows, caption }: { rows: readonly ClaimRow[]; caption: string }) {
  const t = useTranslations('claims.list');
  const text = useClaimText();
  const { locale } = text;
  const key = (c: ClaimRow) => `${c.cardId}/${c.prescriptionId}`;
  const paid = (c: ClaimRow) => (c.copay > 0 ? <span className="block text-xs text-slate-500">{text.paidFrom(c.copayPaidFrom)}</span> : null);
  return (
    <>
      <ul aria-label={caption} className="space-y-2 sm:hidden">
        {rows.map((c) => (
          <li key={key(c)} className="rounded-2xl border border-slate-200 bg-white p-3 text-sm shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <Link href={claimPath(c)} className={`min-w-0 break-all font-medium ${linkClass}`}>
                <bdi>{c.prescriptionId}</bdi>
              </Link>
              <Badge tone={claimStatusTone(c.status)}>{text.status(c.status)}</Badge>
            </div>
            <p className="mt-1 text-slate-600">
              <bdi>{c.beneficiaryName ?? '—'}</bdi> · <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, locale)}</time>
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-xs">
              <div><dt className="text-slate-500">{t('total')}</dt><dd><Money piasters={c.submitted} locale={locale} /></dd></div>
              <div><dt className="text-slate-500">{t('patientPaid')}</dt><dd><Money piasters={c.copay} locale={locale} />{paid(c)}</dd></div>
              <div><dt className="text-slate-500">{t('cardPays')}</dt><dd className="font-medium"><Money piasters={c.benefit} locale={locale} /></dd></div>
            </dl>
            <Link href={receiptPath(c)} className={`mt-2 inline-block text-xs ${linkClass}`}>{t('receipt')}</Link>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm sm:block">
        <table className="w-full min-w-[46rem] text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className={`${th} text-start`}>{t('prescription')}</th>
              <th scope="col" className={`${th} text-start`}>{t('patient')}</th>
              <th scope="col" className={`${th} text-start`}>{t('status')}</th>
              <th scope="col" className={`${th} text-end`}>{t('total')}</th>
              <th scope="col" className={`${th} text-end`}>{t('patientPaid')}</th>
              <th scope="col" className={`${th} text-end`}>{t('cardPays')}</th>
              <th scope="col" className={`${th} text-end`}><span className="sr-only">{t('receipt')}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <tr key={key(c)} className="hover:bg-slate-50">
                <th scope="row" className="px-4 py-3 text-start font-medium">
                  <Link href={claimPath(c)} className={linkClass}><bdi>{c.prescriptionId}</bdi></Link>
                  <span className="block text-xs font-normal text-slate-500">
                    <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, locale)}</time>
                  </span>
                </th>
                <td className="px-4 py-3">
                  <bdi>{c.beneficiaryName ?? '—'}</bdi>
                  <bdi className="block font-mono text-xs text-slate-500">{c.cardId}</bdi>
                </td>
                <td className="px-4 py-3"><Badge tone={claimStatusTone(c.status)}>{text.status(c.status)}</Badge></td>
                <td className="px-4 py-3 text-end"><Money piasters={c.submitted} locale={locale} /></td>
                <td className="px-4 py-3 text-end"><Money piasters={c.copay} locale={locale} />{paid(c)}</td>
                <td className="px-4 py-3 text-end font-medium"><Money piasters={c.benefit} locale={locale} /></td>
                <td className="px-4 py-3 text-end"><Link href={receiptPath(c)} className={`text-xs ${linkClass}`}>{t('receipt')}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
