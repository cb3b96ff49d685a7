'use client';

import { cn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** Wallet and MedCard: the signed-in patient's two pages. */
export function PatientNav() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const links = [
    { href: '/', label: t('wallet'), current: pathname === '/' },
    { href: '/medcard', label: t('medcard'), current: pathname.startsWith('/medcard') },
  ] as const;
  return (
    <nav aria-label={t('label')} className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-4">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.current ? 'page' : undefined}
          className={cn(
            'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-white',
            l.current ? 'border-white text-white' : 'border-transparent text-teal-100 hover:text-white',
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
