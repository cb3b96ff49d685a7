import { Notice } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** What a staff member sees instead of a screen their role may not use (the API answered FORBIDDEN). */
export function ForbiddenNotice({ children }: { children: ReactNode }) {
  const t = useTranslations('audit');
  return (
    <Notice tone="warning" title={t('forbiddenTitle')}>
      {children}
    </Notice>
  );
}
