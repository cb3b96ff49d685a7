'use client';

import { PortalNav as KitNav } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `key` names the link in `portal.nav` messages. */
const links = [
  { href: '/', key: 'dashboard', match: (p: string) => p === '/' },
  { href: '/claims/new', key: 'newClaim', match: (p: string) => p === '/claims/new' },
  { href: '/claims', key: 'claims', match: (p: string) => p === '/claims' || (p.startsWith('/claims/') && p !== '/claims/new') },
  { href: '/summary', key: 'summary', match: (p: string) => p.startsWith('/summary') },
  { href: '/settlements', key: 'settlements', match: (p: string) => p.startsWith('/settlements') },
  { href: '/insurance', key: 'insurance', match: (p: string) => p.startsWith('/insurance') },
  { href: '/settings', key: 'settings', match: (p: string) => p.startsWith('/settings') },
];
/** Pharmacy managers only (the API refuses everyone else anyway). */
const teamLink = { href: '/team', key: 'team', match: (p: string) => p.startsWith('/team') };

/** The portal's pages (the kit's nav: tabs, or one menu button on a phone). */
export function PortalNav({ showTeam = false }: { showTeam?: boolean }) {
  const pathname = usePathname();
  const t = useTranslations('portal.nav');
  const items = (showTeam ? [...links, teamLink] : links).map((l) => ({ href: l.href, label: t(l.key), current: l.match(pathname) }));
  return <KitNav tone="pharmacy" items={items} text={{ label: t('label'), menu: t('menu'), close: t('close') }} Link={Link} navKey={pathname} />;
}
