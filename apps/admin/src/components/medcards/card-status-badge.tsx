'use client';

import { Badge, medcardStatusTone } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

const known = ['pending', 'active', 'suspended', 'closed', 'expired'] as const;
const isKnown = (s: string): s is (typeof known)[number] => (known as readonly string[]).includes(s);

/** A card's status in the page's language. */
export function CardStatusBadge({ status }: { status: string }) {
  const t = useTranslations('medcards.status');
  return <Badge tone={medcardStatusTone(status)}>{isKnown(status) ? t(status) : status}</Badge>;
}
