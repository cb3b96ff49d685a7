import Link from 'next/link';
import type { ReactNode } from 'react';

/** "List / this item" above a detail screen; the item is the current page. */
export function Breadcrumb({ label, href, parent, children }: { label: string; href: string; parent: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link href={href} className="text-teal-800 hover:underline">
        {parent}
      </Link>
      <span aria-hidden="true" className="mx-2 text-slate-400">
        /
      </span>
      <bdi aria-current="page" className="text-slate-600">
        {children}
      </bdi>
    </nav>
  );
}
