'use client';

import { AcceptInvitation } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { QrCode } from '../account/two-step-settings';

/** The staff portal's accept page: the shared form in this portal's words, with a QR code for two-step roles. */
export function InviteAcceptance({ token }: { token: string }) {
  const t = useTranslations('invite');
  return <AcceptInvitation token={token} t={(key, values) => t(key, values)} renderQr={(uri) => <QrCode uri={uri} />} />;
}
