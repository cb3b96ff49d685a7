import type { ComponentType, ReactNode } from 'react';
import { cn } from '../cn';

/** Each portal's colours: the staff console is slate, the pharmacy portal emerald. */
export const PORTAL_TONES = {
  staff: { bar: 'bg-slate-900 text-white', muted: 'text-slate-300', mark: 'text-slate-900', width: 'max-w-6xl' },
  pharmacy: { bar: 'bg-emerald-800 text-white', muted: 'text-emerald-100', mark: 'text-emerald-800', width: 'max-w-5xl' },
} as const;
export type PortalTone = keyof typeof PORTAL_TONES;

/** The bar on top of every page of a cookie-locale portal: brand, then the signed-in actions, then the nav. */
export function PortalHeader({ tone, brand, actions, nav }: { tone: PortalTone; brand: ReactNode; actions?: ReactNode; nav?: ReactNode }) {
  const t = PORTAL_TONES[tone];
  return (
    <header className={t.bar}>
      <div className={cn('mx-auto flex items-center justify-between gap-3 px-4 py-3', t.width)}>
        {brand}
        {actions ? <div className="flex shrink-0 items-center gap-1 text-sm sm:gap-3">{actions}</div> : null}
      </div>
      {nav}
    </header>
  );
}

/** The app's link component (next/link), so the kit needs no Next.js dependency. */
export type PortalLink = ComponentType<{ href: string; className?: string; children: ReactNode; 'aria-current'?: 'page' }>;

/** The brand mark and two lines (name, tagline) for the header, linking to the portal's home. */
export function PortalBrand({ tone, name, tagline, href, Link }: { tone: PortalTone; name: ReactNode; tagline: ReactNode; href: string; Link: PortalLink }) {
  const t = PORTAL_TONES[tone];
  return (
    <Link href={href} className="flex min-w-0 items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-white">
      <span aria-hidden="true" className={cn('grid size-8 shrink-0 place-items-center rounded-lg bg-white text-lg font-bold', t.mark)}>
        +
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate font-semibold">{name}</span>
        <span className={cn('block truncate text-xs', t.muted)}>{tagline}</span>
      </span>
    </Link>
  );
}
