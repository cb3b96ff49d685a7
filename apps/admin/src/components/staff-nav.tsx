'use client';

import { cn } from '@healthpay/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/wallets', label: 'Wallets', match: (p: string) => p === '/wallets' || (p.startsWith('/wallets/') && p !== '/wallets/new') },
  { href: '/wallets/new', label: 'Open wallet', match: (p: string) => p === '/wallets/new' },
  { href: '/medcards', label: 'MedCards', match: (p: string) => p === '/medcards' || (p.startsWith('/medcards/') && p !== '/medcards/new') },
  { href: '/medcards/new', label: 'Issue card', match: (p: string) => p === '/medcards/new' },
  { href: '/insurance', label: 'Insurance claims', match: (p: string) => p.startsWith('/insurance') },
  { href: '/payments', label: 'Payments', match: (p: string) => p.startsWith('/payments') },
  { href: '/pharmacies', label: 'Pharmacies', match: (p: string) => p.startsWith('/pharmacies') },
  { href: '/analytics', label: 'Analytics', match: (p: string) => p.startsWith('/analytics') },
  { href: '/finance/settlements', label: 'Settlements', match: (p: string) => p.startsWith('/finance/settlements') },
  { href: '/finance/fees', label: 'Fee schedules', match: (p: string) => p.startsWith('/finance/fees') },
  { href: '/finance/ledger', label: 'Ledger', match: (p: string) => p.startsWith('/finance/ledger') },
  { href: '/finance/invoices', label: 'Insurer invoices', match: (p: string) => p.startsWith('/finance/invoices') },
  { href: '/staff', label: 'Staff', match: (p: string) => p.startsWith('/staff') },
  { href: '/members/import', label: 'Import members', match: (p: string) => p.startsWith('/members') },
  { href: '/organizations', label: 'Organizations', match: (p: string) => p.startsWith('/organizations') },
  { href: '/tokens', label: 'API tokens', match: (p: string) => p.startsWith('/tokens') },
  { href: '/audit', label: 'Audit log', match: (p: string) => p.startsWith('/audit') },
  { href: '/system', label: 'System', match: (p: string) => p.startsWith('/system') },
];

/** The console's pages; only those the signed-in role may use (`show`, decided on the server). */
export function StaffNav({ show }: { show: readonly string[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4">
      {links.filter((l) => show.includes(l.href)).map((l) => {
        const current = l.match(pathname);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-white',
              current ? 'border-teal-400 text-white' : 'border-transparent text-slate-300 hover:text-white',
            )}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
