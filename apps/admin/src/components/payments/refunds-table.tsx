import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard } from '@healthpay/ui';

type Refund = RouterOutputs['payments']['detail']['refunds'][number];

const statusTone = { requested: 'blue', completed: 'green', failed: 'red' } as const;
const statusText = { requested: 'Requested', completed: 'Completed', failed: 'Failed' } as const;

const columns = [{ label: 'Requested' }, { label: 'Kind' }, { label: 'Amount', align: 'end' }, { label: 'Status' }, { label: 'Reason' }] as const;

/** Refunds and voids of this payment, with the provider's answer. */
export function RefundsTable({ refunds }: { refunds: Refund[] }) {
  return (
    <TableCard title="Refunds" id="refunds-heading" columns={columns} empty="No refunds" isEmpty={refunds.length === 0}>
      {refunds.map((r) => (
        <tr key={r.refundId}>
          <td className="whitespace-nowrap px-4 py-2.5 text-slate-600 sm:px-6">
            <time dateTime={new Date(r.requestedAt).toISOString()}>{formatDateTime(r.requestedAt, 'en')}</time>
          </td>
          <td className="px-4 py-2.5">{r.kind === 'void' ? 'Void' : 'Refund'}</td>
          <td className="px-4 py-2.5 text-end">
            <Money piasters={r.amount} locale="en" />
          </td>
          <td className="px-4 py-2.5">
            <Badge tone={statusTone[r.status]}>{statusText[r.status]}</Badge>
            {r.failureReason ? <span className="block text-xs text-red-800">{r.failureReason}</span> : null}
          </td>
          <td className="break-words px-4 py-2.5 sm:px-6">
            {r.reason}
            {r.providerTransactionId ? <span className="block font-mono text-xs text-slate-500">txn {r.providerTransactionId}</span> : null}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
