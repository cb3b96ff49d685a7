'use client';

import { Card, Notice } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useErrorText } from '@/i18n/error-text';

/** One chart's card: a placeholder while it loads, the error if it failed, else the chart. */
export function Panel({ title, id, children, query }: { title: string; id: string; children: ReactNode; query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const t = useTranslations('analytics');
  const errorText = useErrorText('analytics');
  return (
    <Card title={title} titleId={id}>
      {query.isPending ? (
        <div role="status" aria-label={t('loading', { title })} className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : query.isError ? (
        <Notice tone="error" title={errorText(query.error)} />
      ) : (
        children
      )}
    </Card>
  );
}
