'use client';

import { Badge, Button, EmptyState, formatDate, TableCard, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { RemovePanel } from './remove-panel';
import { useTeamErrorText, useTeamLocale } from './team-text';

/** The pharmacy's pharmacists; the manager removes others (never themselves), after confirming with a reason. */
export function TeamMembers({ me }: { me: string }) {
  const t = useTranslations('team.members');
  const errorText = useTeamErrorText();
  const locale = useTeamLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const members = useQuery(trpc.team.list.queryOptions({}));
  const remove = useMutation(trpc.team.remove.mutationOptions({
    onSuccess: async (p) => {
      setConfirming(null);
      toast.success(t('removedToast', { name: p.name }));
      await queryClient.invalidateQueries(trpc.team.list.pathFilter());
    },
    onError: (error) => toast.error(errorText(error)),
  }));

  if (members.isPending) return <div role="status" className="h-40 animate-pulse rounded-2xl bg-slate-200" />;
  if (members.isError) return <EmptyState title={errorText(members.error)} />;
  const columns = [{ label: t('name') }, { label: t('role') }, { label: t('status') }, { label: t('actions'), align: 'end' as const }];
  return (
    <TableCard title={t('title')} id="team-members-heading" columns={columns} empty={t('empty')} isEmpty={members.data.items.length === 0}>
      {members.data.items.map((p) => (
        <tr key={p.id} className="align-top">
          <td className="px-4 py-2 sm:px-6">
            <span className="font-medium">{p.name}</span>
            {p.id === me ? <span className="ms-1 text-xs text-slate-500">({t('you')})</span> : null}
            <span dir="ltr" className="block text-xs text-slate-500">{p.email ?? '—'}</span>
          </td>
          <td className="px-4 py-2">{p.pharmacyRole === 'manager' ? t('manager') : t('pharmacist')}</td>
          <td className="px-4 py-2">
            {p.deactivatedAt ? <Badge tone="red">{t('removed', { date: formatDate(p.deactivatedAt, locale) })}</Badge> : <Badge tone="green">{t('active')}</Badge>}
          </td>
          <td className="px-4 py-2 text-end sm:px-6">
            {p.id === me || p.deactivatedAt ? null : confirming === p.id ? (
              <RemovePanel name={p.name} busy={remove.isPending} onCancel={() => setConfirming(null)} onConfirm={(reason) => remove.mutate({ userId: p.id, reason })} />
            ) : (
              <Button variant="secondary" size="sm" onClick={() => setConfirming(p.id)}>
                {t('remove')}
              </Button>
            )}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
