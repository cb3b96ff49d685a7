import { Badge, medcardStatusTone } from '@healthpay/ui';
import { cardStatusLabel } from './labels';

export function CardStatusBadge({ status }: { status: string }) {
  return <Badge tone={medcardStatusTone(status)}>{cardStatusLabel[status] ?? status}</Badge>;
}
