import type { RouterOutputs } from '@healthpay/api';
import { Badge, Card, EmptyState, formatDateTime, Money } from '@healthpay/ui';

type Notification = RouterOutputs['payments']['detail']['notifications'][number];

const outcomeTone = { success: 'green', failure: 'red', pending: 'blue', expired: 'slate', cancelled: 'slate' } as const;

/** Every callback the provider sent about this payment, oldest first, as received. */
export function NotificationsTable({ notifications }: { notifications: Notification[] }) {
  return (
    <Card title="Provider notifications" titleId="notifications-heading">
      {notifications.length === 0 ? (
        <EmptyState title="No notifications from the provider yet" />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:-mx-6">
          <table aria-labelledby="notifications-heading" className="w-full min-w-[40rem] text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 text-start font-medium sm:px-6">Received</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">Kind</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">Outcome</th>
                <th scope="col" className="px-4 py-2 text-end font-medium">Amount</th>
                <th scope="col" className="px-4 py-2 text-start font-medium sm:px-6">Detail</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
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
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
