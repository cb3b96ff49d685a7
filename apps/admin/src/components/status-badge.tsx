import { Badge, walletStatusTone } from '@healthpay/ui';

const labels: Record<string, string> = { pending: 'Pending', active: 'Active', suspended: 'Suspended', closed: 'Closed' };

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={walletStatusTone(status)}>{labels[status] ?? status}</Badge>;
}
