import { Notice } from '@healthpay/ui';
import type { ReactNode } from 'react';

/** What a staff member sees instead of a screen their role may not use (the API answered FORBIDDEN). */
export function ForbiddenNotice({ children }: { children: ReactNode }) {
  return (
    <Notice tone="warning" title="Your role can't see this">
      {children}
    </Notice>
  );
}
