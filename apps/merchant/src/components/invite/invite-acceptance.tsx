'use client';

import { AcceptInvitation } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** The pharmacy portal's accept page: the shared form in this portal's words (pharmacists need no TOTP step). */
export function InviteAcceptance({ token }: { token: string }) {
  const t = useTranslations('invite');
  return <AcceptInvitation token={token} t={(key, values) => t(key, values)} />;
}
