'use client';

import { useTranslations } from 'next-intl';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The otpauth URI as a QR code image (a data: URL, which the CSP's img-src allows). */
export function QrCode({ uri, alt }: { uri: string; alt?: string }) {
  const t = useTranslations('account.twoStep');
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(uri, { margin: 1, width: 192, errorCorrectionLevel: 'M' }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [uri]);
  return src ? <img src={src} width={192} height={192} alt={alt ?? t('qrAlt')} className="rounded-lg border border-slate-200" /> : null;
}
