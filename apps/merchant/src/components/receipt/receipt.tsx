import type { RouterOutputs } from '@healthpay/api';
import { DataTable, formatDateTime, formatMoney, formatNumber, type DataColumn, type Locale } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { maskCardNumber } from '@/lib/mask-card';
import { receiptAmounts } from '@/lib/receipt-amounts';

type Claim = RouterOutputs['claims']['get'];

function Row({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 py-1 ${strong ? 'font-semibold' : ''}`}>
      <dt>{label}</dt>
      <dd className="text-end">{children}</dd>
    </div>
  );
}

/** The patient's receipt for one claim: who dispensed, when, for which card, each drug, and who paid what. */
export async function Receipt({ claim, pharmacy, locale }: { claim: Claim; pharmacy: { name: string; city: string }; locale: Locale }) {
  const [t, tClaims] = await Promise.all([getTranslations('summary.receipt'), getTranslations('claims')]);
  const money = (p: number) => <bdi className="tabular-nums">{formatMoney(p, locale)}</bdi>;
  const rejected = claim.status === 'rejected';
  const { card: benefit, patient, wallet: fromWallet } = receiptAmounts(claim);
  const lineColumns: DataColumn<Claim['lines'][number]>[] = [
    {
      label: t('drug'),
      cell: (l) => (
        <>
          <bdi>{l.drugName}</bdi>
          {l.rejection ? <span className="block text-xs text-slate-500">{t('notCovered')}</span> : null}
        </>
      ),
    },
    { label: t('quantity'), align: 'end', className: 'tabular-nums', cell: (l) => formatNumber(l.quantity, locale) },
    { label: t('unitPrice'), align: 'end', cell: (l) => money(l.unitPrice) },
    { label: t('lineTotal'), align: 'end', cell: (l) => money(l.totalPrice) },
  ];
  const status = tClaims.has(`status.${claim.status}`) ? tClaims(`status.${claim.status}`) : claim.status;
  return (
    <article aria-labelledby="receipt-heading" className="receipt mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-5 text-sm shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none">
      <header className="border-b border-dashed border-slate-300 pb-3 text-center">
        <p className="text-base font-semibold">
          <bdi>{pharmacy.name}</bdi>
        </p>
        <p className="text-slate-600">
          <bdi>{pharmacy.city}</bdi>
        </p>
        <h1 id="receipt-heading" className="mt-2 text-lg font-semibold">
          {t('heading')}
        </h1>
      </header>
      <dl className="border-b border-dashed border-slate-300 py-2">
        <Row label={t('date')}>{formatDateTime(claim.decidedAt, locale)}</Row>
        <Row label={t('prescription')}>
          <bdi className="font-mono">{claim.prescriptionId}</bdi>
        </Row>
        <Row label={t('card')}>
          <bdi className="font-mono">{maskCardNumber(claim.cardId)}</bdi>
        </Row>
        <Row label={t('patient')}>
          <bdi>{claim.beneficiaryName ?? '—'}</bdi>
        </Row>
        <Row label={t('status')}>{status}</Row>
      </dl>
      <DataTable plain className="my-2" caption={t('drug')} columns={lineColumns} rows={claim.lines} rowKey={(l) => String(l.lineNo)} hover={false} rowClassName="align-top" />
      <dl className="border-t border-dashed border-slate-300 pt-2">
        <Row label={t('total')}>{money(claim.submitted)}</Row>
        <Row label={t('benefit')}>{money(benefit)}</Row>
        <Row label={t('copay')} strong>
          {money(patient)}
        </Row>
        {patient === 0 ? (
          <Row label={t('paidFrom')}>{t('nothing')}</Row>
        ) : (
          <>
            {fromWallet > 0 ? <Row label={`${t('paidFrom')}: ${t('wallet')}`}>{money(fromWallet)}</Row> : null}
            {patient - fromWallet > 0 ? <Row label={`${t('paidFrom')}: ${t('cash')}`}>{money(patient - fromWallet)}</Row> : null}
          </>
        )}
      </dl>
      {rejected ? <p className="mt-2 text-xs text-slate-600">{t('rejected')}</p> : null}
      <p className="mt-4 border-t border-dashed border-slate-300 pt-2 text-center text-xs text-slate-500">{t('footer')}</p>
    </article>
  );
}
