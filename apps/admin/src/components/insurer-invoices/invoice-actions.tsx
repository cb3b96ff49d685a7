'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, FormActions, formatMoney, parseMoney, TextField, useTRPCClient } from '@healthpay/ui';
import { useState } from 'react';
import { useInvoiceScreen } from './invoice-text';
import { useInvoiceCommand } from './use-invoice-command';

type Invoice = RouterOutputs['insurerInvoices']['get'];

/** Issue a draft, or record a payment on an issued invoice; each after a confirmation (the API audits both). */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t, locale } = useInvoiceScreen();
  const client = useTRPCClient();
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reference?: string }>({});
  const { invoiceId, insurerName: insurer } = invoice;
  const parsed = parseMoney(amount);
  const { confirming, ask: askConfirm, back, confirm, busy } = useInvoiceCommand({
    run: () => invoice.status === 'draft'
      ? client.insurerInvoices.issue.mutate({ invoiceId })
      : client.insurerInvoices.recordPayment.mutate({ invoiceId, amount: parsed.ok ? parsed.piasters : 0, reference: reference.trim() }),
    doneText: (v) => t('actions.done', { status: t(`status.${v.status}`) }),
    afterSuccess: () => {
      setAmount('');
      setReference('');
    },
  });
  if (invoice.status === 'paid') return null;
  const ask = () => {
    if (invoice.status === 'draft') return askConfirm();
    const next = { ...(!parsed.ok && { amount: t('errors.amount') }), ...(!reference.trim() && { reference: t('errors.required') }) };
    setErrors(next);
    if (Object.keys(next).length === 0) askConfirm();
  };
  const question = invoice.status === 'draft'
    ? t('actions.confirmIssue', { total: formatMoney(invoice.total, locale), insurer })
    : t('actions.confirmRecord', { amount: formatMoney(parsed.ok ? parsed.piasters : 0, locale), insurer, reference: reference.trim() });
  return (
    <Card title={invoice.status === 'draft' ? t('actions.issue') : t('actions.record')} titleId="invoice-actions-heading">
      {confirming ? (
        <div className="space-y-3" role="group" aria-labelledby="invoice-actions-heading">
          <p className="text-sm">{question}</p>
          <FormActions go={t('actions.confirm')} cancel={t('actions.back')} busy={busy} onGo={confirm} onCancel={back} />
        </div>
      ) : invoice.status === 'draft' ? (
        <Button onClick={ask}>{t('actions.issue')}</Button>
      ) : (
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
          <TextField label={t('actions.amount')} inputMode="decimal" value={amount} error={errors.amount} onChange={(e) => setAmount(e.target.value)} />
          <TextField label={t('actions.reference')} maxLength={100} value={reference} error={errors.reference} onChange={(e) => setReference(e.target.value)} />
          <Button onClick={ask}>{t('actions.record')}</Button>
        </div>
      )}
    </Card>
  );
}
