'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard } from '@healthpay/ui';
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
  const columns = [{ label: t('received') }, { label: t('kind') }, { label: t('outcome') }, { label: t('amount'), align: 'end' }, { label: t('detail') }] as const;
  return (
    <TableCard title={t('title')} id="notifications-heading" columns={columns} empty={t('empty')} minWidth="40rem" isEmpty={notifications.length === 0}>
      {notifications.map((n) => (
        <tr key={n.eventId}>
          <td className="whitespace-nowrap px-4 py-2.5 text-slate-600 sm:px-6">
            <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, locale)}</time>
          </td>
          <td className="px-4 py-2.5">{labels.kind(n.kind)}</td>
          <td className="px-4 py-2.5">
            <Badge tone={outcomeTone[n.outcome]}>{labels.outcome(n.outcome)}</Badge>
          </td>
          <td className="px-4 py-2.5 text-end">
            <Money piasters={n.amount} locale={locale} />
          </td>
          <td className="px-4 py-2.5 sm:px-6">
            <bdi dir="auto">{n.detail}</bdi>
            <span className="block break-all font-mono text-xs text-slate-500">
              {n.providerTransactionId ? <>{t('txn')} <bdi>{n.providerTransactionId}</bdi> · </> : null}
              <bdi>{n.notificationKey}</bdi>
            </span>
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
