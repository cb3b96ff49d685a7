'use client';

import { cn } from '@healthpay/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', label: 'Dashboard', match: (p: string) => p === '/' },
  { href: '/claims/new', label: 'New claim', match: (p: string) => p === '/claims/new' },
  { href: '/claims', label: 'Claims', match: (p: string) => p === '/claims' || (p.startsWith('/claims/') && p !== '/claims/new') },
  { href: '/summary', label: 'Daily summary', match: (p: string) => p.startsWith('/summary') },
  { href: '/settings', label: 'Settings', match: (p: string) => p.startsWith('/settings') },
];
/** Pharmacy managers only (the API refuses everyone else anyway). */
const teamLink = { href: '/team', label: 'Team', match: (p: string) => p.startsWith('/team') };

export function PortalNav({ showTeam = false }: { showTeam?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-4">
      {(showTeam ? [...links, teamLink] : links).map((l) => {
        const current = l.match(pathname);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-white',
              current ? 'border-white text-white' : 'border-transparent text-emerald-100 hover:text-white',
            )}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
