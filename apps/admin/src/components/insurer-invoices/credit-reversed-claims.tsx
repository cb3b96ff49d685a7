'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, FormActions, formatMoney, Money, Notice, TextField, useTRPCClient } from '@healthpay/ui';
import { useState } from 'react';
import { lineKey, useInvoiceScreen } from './invoice-text';
import { useInvoiceCommand } from './use-invoice-command';

type Invoice = RouterOutputs['insurerInvoices']['get'];

/**
 * Claims this invoice billed that were reversed since: credit them (after a confirmation) so the insurer owes only what
 * stands. The server reads the reversed claims itself; the page only names the invoice. A draft is refused by the API.
 */
export function CreditReversedClaims({ invoice }: { invoice: Invoice }) {
  const { t, locale } = useInvoiceScreen();
  const client = useTRPCClient();
  const [reason, setReason] = useState('');
  const { invoiceId, insurerName: insurer, reversedToCredit: lines } = invoice;
  const { confirming, ask, back, confirm, busy } = useInvoiceCommand({
    run: () => client.insurerInvoices.creditReversedClaims.mutate({ invoiceId, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    doneText: (v) => t('credit.done', { amount: formatMoney(v.credits.at(-1)?.amount ?? 0, locale) }),
    afterSuccess: () => setReason(''),
  });
  if (lines.length === 0) return null;
  const amount = lines.reduce((sum, l) => sum + l.benefit, 0);
  return (
    <Card title={t('credit.title')} titleId="credit-reversed-heading">
      <p className="mb-3 text-sm text-slate-600">{t('credit.intro')}</p>
      <ul className="mb-3 divide-y divide-slate-100 text-sm" aria-labelledby="credit-reversed-heading">
        {lines.map((l) => (
          <li key={lineKey(l)} className="flex flex-wrap justify-between gap-2 py-2">
            <span><bdi>{l.prescriptionId}</bdi> · <bdi className="font-mono text-xs">{l.cardId}</bdi> · <bdi>{l.pharmacyId}</bdi></span>
            <Money piasters={l.benefit} locale={locale} />
          </li>
        ))}
      </ul>
      {invoice.status === 'draft' ? <Notice tone="warning" title={t('credit.draftNote')} /> : confirming ? (
        <div className="space-y-3" role="group" aria-labelledby="credit-reversed-heading">
          <p className="text-sm">{t('credit.confirm', { count: lines.length, amount: formatMoney(amount, locale), insurer })}</p>
          <TextField label={t('credit.reason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          <FormActions go={t('actions.confirm')} cancel={t('actions.back')} busy={busy} onGo={confirm} onCancel={back} />
        </div>
      ) : (
        <Button onClick={ask}>{t('credit.submit')}</Button>
      )}
    </Card>
  );
}
