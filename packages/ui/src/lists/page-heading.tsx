import type { ReactNode } from 'react';
import { cn } from '../cn';

/** A page's title, an optional line under it, and an optional action (a link or button) at its end. */
export function PageHeading({ title, intro, action, className }: { title: ReactNode; intro?: ReactNode; action?: ReactNode; className?: string }) {
  return (
    <div className={cn('flex flex-wrap items-center justify-between gap-3', className)}>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
      </div>
      {action}
    </div>
  );
}
