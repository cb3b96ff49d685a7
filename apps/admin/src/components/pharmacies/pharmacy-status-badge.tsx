'use client';

import { Badge, walletStatusTone } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

export const PHARMACY_STATUSES = ['pending', 'active', 'suspended', 'closed'] as const;
export type PharmacyStatus = (typeof PHARMACY_STATUSES)[number];
export const isPharmacyStatus = (v: string | null): v is PharmacyStatus => PHARMACY_STATUSES.includes(v as PharmacyStatus);

export function PharmacyStatusBadge({ status }: { status: PharmacyStatus }) {
  const t = useTranslations('pharmacies.status');
  return <Badge tone={walletStatusTone(status)}>{t(status)}</Badge>;
}
