'use client';

import { PortalNav } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const under = (prefix: string) => (p: string) => p.startsWith(prefix);
/** A list page is current on its records too, but not on its own "new" form (a nav entry of its own). */
const listOf = (list: string) => (p: string) => p === list || (p.startsWith(`${list}/`) && p !== `${list}/new`);

const links = [
  { href: '/wallets', key: 'wallets', match: listOf('/wallets') },
  { href: '/wallets/new', key: 'openWallet', match: (p: string) => p === '/wallets/new' },
  { href: '/medcards', key: 'medcards', match: listOf('/medcards') },
  { href: '/medcards/new', key: 'issueCard', match: (p: string) => p === '/medcards/new' },
  { href: '/insurance', key: 'insurance', match: under('/insurance') },
  { href: '/payments', key: 'payments', match: under('/payments') },
  { href: '/pharmacies', key: 'pharmacies', match: under('/pharmacies') },
  { href: '/analytics', key: 'analytics', match: under('/analytics') },
  { href: '/finance/settlements', key: 'settlements', match: under('/finance/settlements') },
  { href: '/finance/fees', key: 'fees', match: under('/finance/fees') },
  { href: '/finance/ledger', key: 'ledger', match: under('/finance/ledger') },
  { href: '/finance/invoices', key: 'invoices', match: under('/finance/invoices') },
  { href: '/staff', key: 'staff', match: under('/staff') },
  { href: '/members/import', key: 'importMembers', match: under('/members') },
  { href: '/organizations', key: 'organizations', match: under('/organizations') },
  { href: '/tokens', key: 'tokens', match: under('/tokens') },
  { href: '/audit', key: 'audit', match: under('/audit') },
  { href: '/system', key: 'system', match: under('/system') },
] as const;

/** The console's pages; only those the signed-in role may use (`show`, decided on the server). */
export function StaffNav({ show }: { show: readonly string[] }) {
  const pathname = usePathname();
  const t = useTranslations('shell.nav');
  const items = links.filter((l) => show.includes(l.href)).map((l) => ({ href: l.href, label: t(l.key), current: l.match(pathname) }));
  return <PortalNav tone="staff" items={items} text={{ label: t('label'), menu: t('menu'), close: t('close') }} Link={Link} navKey={pathname} />;
}
