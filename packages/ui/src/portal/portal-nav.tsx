'use client';

import { useEffect, useId, useState } from 'react';
import { cn } from '../cn';
import type { PortalLink, PortalTone } from './portal-header';

export interface PortalNavItem {
  href: string;
  label: string;
  /** This page, or one of its records. */
  current: boolean;
}

const tones: Record<PortalTone, { width: string; here: string; other: string }> = {
  staff: { width: 'max-w-6xl', here: 'bg-white/10 text-white sm:border-teal-400 sm:bg-transparent', other: 'text-slate-300 hover:text-white sm:border-transparent' },
  pharmacy: { width: 'max-w-5xl', here: 'bg-white/10 text-white sm:border-white sm:bg-transparent', other: 'text-emerald-100 hover:text-white sm:border-transparent' },
};

/**
 * A portal's main nav: tabs from tablet width up; on a phone one menu button (named after the current page)
 * that opens the same links as a list, so the header never needs more than the screen's width. `navKey`
 * changes on navigation (the pathname) and closes the menu again.
 */
export function PortalNav({ tone, items, text, Link, navKey }: {
  tone: PortalTone;
  items: readonly PortalNavItem[];
  text: { label: string; menu: string; close: string };
  Link: PortalLink;
  navKey: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  useEffect(() => setOpen(false), [navKey]);
  const t = tones[tone];
  const here = items.find((i) => i.current);
  return (
    <nav aria-label={text.label} className={cn('mx-auto px-4', t.width)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="mb-2 flex w-full items-center justify-between rounded-lg px-3 py-2 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white sm:hidden"
      >
        <span>{here ? here.label : text.menu}</span>
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        <span className="sr-only">{open ? text.close : text.menu}</span>
      </button>
      <ul id={listId} className={cn(open ? 'flex' : 'hidden', 'flex-col pb-2 sm:flex sm:flex-row sm:gap-1 sm:overflow-x-auto sm:pb-0')}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={cn(
                'block whitespace-nowrap px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-white sm:border-b-2',
                item.current ? t.here : t.other,
              )}
              aria-current={item.current ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
