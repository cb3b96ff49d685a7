'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard, type TableColumn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';
import { usePaymentLabels } from './payment-text';

type Notification = RouterOutputs['payments']['detail']['notifications'][number];

const outcomeTone = { success: 'green', failure: 'red', pending: 'blue', expired: 'slate', cancelled: 'slate' } as const;

/** Every callback the provider sent about this payment, oldest first, as received. */
export function NotificationsTable({ notifications }: { notifications: Notification[] }) {
  const t = useTranslations('payments.notifications');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const columns: TableColumn<Notification>[] = [
    { label: t('received'), className: 'whitespace-nowrap text-slate-600', cell: (n) => <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, locale)}</time> },
    { label: t('kind'), cell: (n) => labels.kind(n.kind) },
    { label: t('outcome'), cell: (n) => <Badge tone={outcomeTone[n.outcome]}>{labels.outcome(n.outcome)}</Badge> },
    { label: t('amount'), align: 'end', cell: (n) => <Money piasters={n.amount} locale={locale} /> },
    {
      label: t('detail'),
      cell: (n) => (
        <>
          <bdi dir="auto">{n.detail}</bdi>
          <span className="block break-all font-mono text-xs text-slate-500">
            {n.providerTransactionId ? <>{t('txn')} <bdi>{n.providerTransactionId}</bdi> · </> : null}
            <bdi>{n.notificationKey}</bdi>
          </span>
        </>
      ),
    },
  ];
  return (
    <TableCard title={t('title')} id="notifications-heading" columns={columns} rows={notifications} rowKey={(n) => n.eventId} empty={t('empty')} minWidth="40rem" />
  );
}
