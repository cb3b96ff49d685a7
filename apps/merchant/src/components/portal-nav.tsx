'use client';

import { cn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useState } from 'react';

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

/**
 * Tabs from tablet width up; on a phone one "Menu" button that opens the same links as a list, so the header
 * never needs more than the screen's width (it closes again on navigation).
 */
export function PortalNav({ showTeam = false }: { showTeam?: boolean }) {
  const pathname = usePathname();
  const t = useTranslations('portal.nav');
  const [open, setOpen] = useState(false);
  const listId = useId();
  useEffect(() => setOpen(false), [pathname]);
  const all = showTeam ? [...links, teamLink] : links;
  const current = all.find((l) => l.match(pathname));
  return (
    <nav aria-label={t('label')} className="mx-auto max-w-5xl px-4">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="mb-2 flex w-full items-center justify-between rounded-lg px-3 py-2 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white sm:hidden"
      >
        <span>{current ? t(current.key) : t('menu')}</span>
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        <span className="sr-only">{open ? t('close') : t('menu')}</span>
      </button>
      <ul id={listId} className={cn(open ? 'flex' : 'hidden', 'flex-col pb-2 sm:flex sm:flex-row sm:gap-1 sm:overflow-x-auto sm:pb-0')}>
        {all.map((l) => {
          const here = l.match(pathname);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={here ? 'page' : undefined}
                className={cn(
                  'block whitespace-nowrap px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-white sm:border-b-2',
                  here ? 'bg-white/10 text-white sm:border-white sm:bg-transparent' : 'text-emerald-100 hover:text-white sm:border-transparent',
                )}
              >
                {t(l.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
