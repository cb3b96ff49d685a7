import type { RouterOutputs } from '@healthpay/api';
import { cn } from '../cn';
import type { Translate } from '../lists/error-text';
import { lineRejectionText, type ClaimRejection } from '../medcard';
import { formatMoney, type Locale } from '../money';
import { Money } from './money';

/** A prescription claim's adjudication (a preview, a result of record, or a claim from a list). */
export type AdjudicatedClaim = RouterOutputs['claims']['preview']['preview'];

export interface ClaimBreakdownLabels {
  /** Names the table (its caption, read by screen readers). */
  caption: string;
  drug: string;
  submitted: string;
  copay: string;
  benefit: string;
  total: string;
  /** "2 × EGP 12.35" */
  quantityTimesPrice: (quantity: number, unitPrice: string) => string;
  /** Under a line the monthly limit cut: what the card would have paid without it. */
  limited: (uncappedBenefit: string) => string;
  /** Under a line rejected on its own (the rest of the claim was paid): why the card pays nothing for it. */
  rejectedLine: (rejection: ClaimRejection) => string;
}

/**
 * Per drug line: submitted price, the patient's share (copay) and the card's (benefit), with a note where
 * the monthly limit capped the card's share or where the line was rejected on its own (its shares show a
 * dash: the card pays nothing for it); totals in the footer. Amounts are <data value={piasters}>.
 */
export function ClaimBreakdown({
  claim,
  locale,
  labels,
  priceOnly = false,
  className,
}: {
  claim: AdjudicatedClaim;
  locale: Locale;
  labels: ClaimBreakdownLabels;
  /** Only the drugs and their prices (a rejected claim: nothing was shared out). */
  priceOnly?: boolean;
  className?: string;
}) {
  const cell = 'px-1.5 py-2 text-end align-top sm:px-3';
  // Phones: the price moves under the drug's name, leaving room for the two shares.
  const priceCell = cn(cell, !priceOnly && 'hidden sm:table-cell');
  return (
    <div className={cn('overflow-x-auto', className)}>
      <table className="w-full text-xs sm:text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-1.5 py-2 text-start font-medium sm:px-3">{labels.drug}</th>
            <th scope="col" className={cn(priceCell, 'font-medium')}>{labels.submitted}</th>
            {priceOnly ? null : (
              <>
                <th scope="col" className={cn(cell, 'font-medium')}>{labels.copay}</th>
                <th scope="col" className={cn(cell, 'font-medium')}>{labels.benefit}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {claim.lines.map((l) => (
            <tr key={l.lineNo}>
              <th scope="row" className="px-1.5 py-2 text-start align-top font-normal sm:px-3">
                <span className="block font-medium text-slate-900">{l.drugName}</span>
                <bdi className="block break-all font-mono text-xs text-slate-500">{l.drugCode}</bdi>
                <span className="block text-xs text-slate-500">
                  {labels.quantityTimesPrice(l.quantity, formatMoney(l.unitPrice, locale))}
                  {priceOnly ? null : <span className="sm:hidden"> = {formatMoney(l.submitted, locale)}</span>}
                </span>
                {l.limitedByMonthlyLimit && l.uncappedBenefit !== null ? (
                  <span className="mt-1 block text-xs font-medium text-amber-800">{labels.limited(formatMoney(l.uncappedBenefit, locale))}</span>
                ) : null}
                {l.rejection ? <span className="mt-1 block text-xs font-medium text-red-700">{labels.rejectedLine(l.rejection)}</span> : null}
              </th>
              <td className={priceCell}>
                <Money piasters={l.submitted} locale={locale} />
              </td>
              {priceOnly ? null : l.rejection ? (
                <>
                  <td className={cn(cell, 'text-slate-400')}>–</td>
                  <td className={cn(cell, 'text-slate-400')}>–</td>
                </>
              ) : (
                <>
                  <td className={cell}>
                    <Money piasters={l.copay} locale={locale} />
                  </td>
                  <td className={cell}>
                    <Money piasters={l.benefit} locale={locale} className={l.limitedByMonthlyLimit ? 'text-amber-800' : undefined} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 font-semibold">
          <tr>
            <th scope="row" className="px-1.5 py-2 text-start sm:px-3">{labels.total}</th>
            <td className={priceCell}>
              <Money piasters={claim.submitted} locale={locale} />
            </td>
            {priceOnly ? null : (
              <>
                <td className={cell}>
                  <Money piasters={claim.copay} locale={locale} />
                </td>
                <td className={cell}>
                  <Money piasters={claim.benefit} locale={locale} />
                </td>
              </>
            )}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** English labels (staff and pharmacy portals). */
export const englishBreakdownLabels = (caption: string): ClaimBreakdownLabels => ({
  caption,
  drug: 'Drug',
  submitted: 'Price',
  copay: 'Patient pays',
  benefit: 'Card pays',
  total: 'Total',
  quantityTimesPrice: (q, p) => `${q} × ${p}`,
  limited: (uncapped) => `Limited by the monthly limit (the card would have paid ${uncapped})`,
  rejectedLine: lineRejectionText,
});

/**
 * A portal's labels from its messages laid out the usual way: `<prefix>.{drug, submitted, copay, benefit, total}`
 * and `<prefix>.limited` (with `amount`); the caption, quantities and line rejections stay each portal's own.
 */
export const breakdownLabelsOf = (t: Translate, prefix: string, own: Pick<ClaimBreakdownLabels, 'caption' | 'quantityTimesPrice' | 'rejectedLine'>): ClaimBreakdownLabels => ({
  drug: t(`${prefix}.drug`),
  submitted: t(`${prefix}.submitted`),
  copay: t(`${prefix}.copay`),
  benefit: t(`${prefix}.benefit`),
  total: t(`${prefix}.total`),
  limited: (amount) => t(`${prefix}.limited`, { amount }),
  ...own,
});
