import { PortalBrand } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** The staff console's name in the header, linking home. */
export async function Brand() {
  const t = await getTranslations('shell.brand');
  return <PortalBrand tone="staff" href="/" Link={Link} name={t('name')} tagline={t('tagline')} />;
}
