import { PortalBrand } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** The pharmacy's own name first: it is their portal. */
export async function Brand({ pharmacyName }: { pharmacyName: string | null }) {
  const t = await getTranslations('portal.brand');
  return <PortalBrand tone="pharmacy" href="/" Link={Link} name={pharmacyName ?? t('fallback')} tagline={t('tagline')} />;
}
