'use client';

import { useId, type ReactNode } from 'react';

/**
 * One labelled figure of a `<dl>` (a total, a limit, a balance): the value is labelled by its term, so
 * screen readers and tests find it by name. Classes replace the tile's, the term's and the value's own.
 */
export function Figure({ label, hint, className, labelClassName, valueClassName, children }: {
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  labelClassName?: string;
  valueClassName?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ?? 'rounded-xl bg-slate-50 p-3'}>
      <dt id={id} className={labelClassName ?? 'text-xs text-slate-600'}>
        {label}
      </dt>
      <dd aria-labelledby={id} className={valueClassName ?? 'mt-0.5 font-medium'}>
        {children}
      </dd>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}
