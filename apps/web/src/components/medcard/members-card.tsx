'use client';

import { Card, formatDate, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

/** Who the card covers: the holder first, then the family members on it. */
export function MembersCard({ cardId }: { cardId: string }) {
  const trpc = useTRPC();
  const t = useTranslations('medcard');
  const locale = useLocale();
  const headingId = useId();
  const members = useQuery(trpc.beneficiaries.list.queryOptions({ cardId }));
  if (members.isError) return null;
  return (
    <Card title={t('members.heading')} titleId={headingId}>
      {members.isPending ? (
        <div className="h-16 animate-pulse rounded-xl bg-slate-100" />
      ) : (
        <ul aria-labelledby={headingId} className="divide-y divide-slate-100">
          {members.data.map((m) => (
            <li key={m.beneficiaryId} className="flex items-center justify-between gap-3 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="font-medium">{m.relationship === 'self' ? t('members.you', { name: m.name }) : m.name}</p>
                <p className="text-xs text-slate-500">{t('members.born', { date: formatDate(`${m.dateOfBirth}T12:00:00Z`, locale) })}</p>
              </div>
              <span className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">{t(`relationship.${m.relationship}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
