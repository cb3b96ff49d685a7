import type { ReactNode } from 'react';

/** "List / this item" above a detail screen: `parent` is the list's link, the item is the current page. */
export function Breadcrumb({ label, parent, children }: { label: string; parent: ReactNode; children: ReactNode }) {
  return (
    <nav aria-label={label} className="text-sm">
      {parent}
      <span aria-hidden="true" className="mx-2 text-slate-400">
        /
      </span>
      <bdi aria-current="page" className="text-slate-600">
        {children}
      </bdi>
    </nav>
  );
}
