import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard } from '@healthpay/ui';

type Notification = RouterOutputs['payments']['detail']['notifications'][number];

const outcomeTone = { success: 'green', failure: 'red', pending: 'blue', expired: 'slate', cancelled: 'slate' } as const;

const columns = [{ label: 'Received' }, { label: 'Kind' }, { label: 'Outcome' }, { label: 'Amount', align: 'end' }, { label: 'Detail' }] as const;

/** Every callback the provider sent about this payment, oldest first, as received. */
export function NotificationsTable({ notifications }: { notifications: Notification[] }) {
  return (
    <TableCard
      title="Provider notifications"
      id="notifications-heading"
      columns={columns}
      empty="No notifications from the provider yet"
      minWidth="40rem"
      isEmpty={notifications.length === 0}
    >
      {notifications.map((n) => (
        <tr key={n.eventId}>
          <td className="whitespace-nowrap px-4 py-2.5 text-slate-600 sm:px-6">
            <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, 'en')}</time>
          </td>
          <td className="px-4 py-2.5 capitalize">{n.kind}</td>
          <td className="px-4 py-2.5">
            <Badge tone={outcomeTone[n.outcome]}>{n.outcome}</Badge>
          </td>
          <td className="px-4 py-2.5 text-end">
            <Money piasters={n.amount} locale="en" />
          </td>
          <td className="px-4 py-2.5 sm:px-6">
            {n.detail}
            <span className="block break-all font-mono text-xs text-slate-500">
              {n.providerTransactionId ? `txn ${n.providerTransactionId} · ` : ''}
              {n.notificationKey}
            </span>
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
