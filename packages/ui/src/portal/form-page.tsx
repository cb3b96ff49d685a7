import type { ReactNode } from 'react';
import { cn } from '../cn';
import { PageHeading } from '../lists/page-heading';

// Whole class names, so Tailwind finds them in the kit's source.
const widths = { xl: 'max-w-xl', '2xl': 'max-w-2xl', '3xl': 'max-w-3xl' } as const;

/** A page that is one form (open a wallet, issue a card): its heading and the form in a narrower centred column, an optional back link above. */
export function FormPage({ title, width = 'xl', back, children }: { title: ReactNode; width?: keyof typeof widths; back?: ReactNode; children: ReactNode }) {
  return (
    <div className={cn('mx-auto', widths[width])}>
      {back}
      <PageHeading title={title} className={back ? 'mb-4 mt-2' : 'mb-4'} />
      {children}
    </div>
  );
}
