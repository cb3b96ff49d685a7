'use client';

import { Badge, walletStatusTone } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

const known = ['pending', 'active', 'suspended', 'closed'] as const;
const isKnown = (s: string): s is (typeof known)[number] => (known as readonly string[]).includes(s);

/** A wallet's status in the page's language. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations('wallets.status');
  return <Badge tone={walletStatusTone(status)}>{isKnown(status) ? t(status) : status}</Badge>;
}
