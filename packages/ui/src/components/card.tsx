import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from '../cn';

/** A white panel. With `title` it is a labelled region (headings let screen readers and tests find it). */
export function Card({
  title,
  titleId,
  actions,
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLElement> & { title?: ReactNode; titleId?: string; actions?: ReactNode }) {
  return (
    <section
      aria-labelledby={title ? titleId : undefined}
      className={cn('rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)}
      {...rest}
    >
      {title || actions ? (
        <div className="mb-4 flex items-center justify-between gap-3">
          {title ? (
            <h2 id={titleId} className="text-base font-semibold text-slate-900">
              {title}
            </h2>
          ) : (
            <span />
          )}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
