import type { RouterOutputs } from '@healthpay/api';
import { formatDate } from '../dates';
import type { Locale } from '../money';
import { Badge, type BadgeTone } from './badge';
import { Money } from './money';

type Statement = RouterOutputs['settlements']['get'];
export type SettlementStatus = Statement['statement']['status'];
export const SETTLEMENT_STATUSES: readonly SettlementStatus[] = ['open', 'closed', 'approved', 'paid', 'disputed'];

/** The words of a statement screen, from the portal's `settlements` messages. */
export interface StatementLabels {
  caption: string;
  empty: string;
  columns: { occurredAt: string; kind: string; prescriptionId: string; benefit: string; walletCopay: string; commission: string; adjustment: string; net: string };
  kind: { claim: string; reversal: string };
  totals: { grossBenefit: string; walletCopay: string; commission: string; adjustments: string; netPayable: string };
}

export const settlementStatusTone = (s: SettlementStatus): BadgeTone =>
  s === 'paid' ? 'green' : s === 'approved' ? 'blue' : s === 'disputed' ? 'red' : s === 'closed' ? 'amber' : 'slate';

export function SettlementStatusBadge({ status, label }: { status: SettlementStatus; label: string }) {
  return <Badge tone={settlementStatusTone(status)}>{label}</Badge>;
}

const TOTALS = ['grossBenefit', 'walletCopay', 'commission', 'adjustments', 'netPayable'] as const;

/** A statement's lines and totals (net = benefit + wallet copay − commission + adjustment; they sum to the totals). */
export function StatementLines({ data, locale, labels }: { data: Statement; locale: Locale; labels: StatementLabels }) {
  const c = labels.columns;
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-5">
        {TOTALS.map((k) => (
          <div key={k} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
            <dt className="text-xs text-slate-500">{labels.totals[k]}</dt>
            <dd className={k === 'netPayable' ? 'text-lg font-semibold' : 'text-base'}>
              <Money piasters={data.statement.totals[k]} locale={locale} />
            </dd>
          </div>
        ))}
      </dl>
      {data.lines.length === 0 ? (
        <p className="text-sm text-slate-600">{labels.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[48rem] text-sm">
            <caption className="sr-only">{labels.caption}</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {[c.occurredAt, c.kind, c.prescriptionId, c.benefit, c.walletCopay, c.commission, c.adjustment, c.net].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 text-start font-medium">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.lines.map((l) => (
                <tr key={l.id}>
                  <td className="whitespace-nowrap px-3 py-2"><time dateTime={new Date(l.occurredAt).toISOString()}>{formatDate(l.occurredAt, locale)}</time></td>
                  <td className="px-3 py-2">{labels.kind[l.kind]}</td>
                  <td className="px-3 py-2 font-mono text-xs"><bdi>{l.prescriptionId}</bdi></td>
                  <td className="px-3 py-2"><Money piasters={l.benefit} locale={locale} /></td>
                  <td className="px-3 py-2"><Money piasters={l.walletCopay} locale={locale} /></td>
                  <td className="px-3 py-2"><Money piasters={l.commission} locale={locale} /></td>
                  <td className="px-3 py-2"><Money piasters={l.adjustment} locale={locale} /></td>
                  <td className="px-3 py-2 font-medium"><Money piasters={l.net} locale={locale} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Saves a file the API returned as base64 (statement exports) through a temporary object URL. */
export function saveBase64File(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The labels from a portal's `settlements` messages (same keys in every portal), given its translator. */
export function statementLabelsOf(t: (key: string) => string): StatementLabels {
  const col = (k: keyof StatementLabels['columns']) => t(`lines.columns.${k}`);
  const total = (k: keyof StatementLabels['totals']) => t(`totals.${k}`);
  return {
    caption: t('lines.caption'),
    empty: t('lines.empty'),
    columns: {
      occurredAt: col('occurredAt'), kind: col('kind'), prescriptionId: col('prescriptionId'), benefit: col('benefit'), walletCopay: col('walletCopay'),
      commission: col('commission'), adjustment: col('adjustment'), net: col('net'),
    },
    kind: { claim: t('lines.kind.claim'), reversal: t('lines.kind.reversal') },
    totals: { grossBenefit: total('grossBenefit'), walletCopay: total('walletCopay'), commission: total('commission'), adjustments: total('adjustments'), netPayable: total('netPayable') },
  };
}
