'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, EmptyState, formatDateTime, TableCard, toast, useTRPC, type BadgeTone } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTeamErrorText, useTeamLocale } from './team-text';

type Status = RouterOutputs['invitations']['list']['items'][number]['status'];
const tone: Record<Status, BadgeTone> = { pending: 'amber', accepted: 'green', expired: 'slate', revoked: 'red' };

/** The pharmacy's invitations (the API limits a manager to their own pharmacy's), with resend and revoke. */
export function TeamInvitations() {
  const t = useTranslations('team.invitations');
  const errorText = useTeamErrorText();
  const locale = useTeamLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.invitations.list.queryOptions({ kind: 'pharmacists', limit: 50 }));
  const refresh = () => queryClient.invalidateQueries(trpc.invitations.list.pathFilter());
  const onError = (error: unknown) => toast.error(errorText(error));
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions({
    onSuccess: async (i) => {
      toast.success(t('revokedToast', { email: i.email }));
      await refresh();
    },
    onError,
  }));
  const resend = useMutation(trpc.invitations.resend.mutationOptions({
    onSuccess: async ({ invitation }) => {
      toast.success(t('resentToast', { email: invitation.email }));
      await refresh();
    },
    onError,
  }));

  if (list.isPending) return <div role="status" className="h-32 animate-pulse rounded-2xl bg-slate-200" />;
  if (list.isError) return <EmptyState title={errorText(list.error)} />;
  const columns = [{ label: t('email') }, { label: t('status') }, { label: t('expires') }, { label: t('actions'), align: 'end' as const }];
  return (
    <TableCard title={t('title')} id="team-invitations-heading" columns={columns} empty={t('empty')} isEmpty={list.data.items.length === 0}>
      {list.data.items.map((i) => (
        <tr key={i.id}>
          <td dir="ltr" className="px-4 py-2 text-start sm:px-6">{i.email}</td>
          <td className="px-4 py-2">
            <Badge tone={tone[i.status]}>{t(i.status)}</Badge>
          </td>
          <td className="px-4 py-2 text-slate-600">{formatDateTime(i.expiresAt, locale)}</td>
          <td className="px-4 py-2 text-end sm:px-6">
            {i.status === 'pending' || i.status === 'expired' ? (
              <span className="inline-flex gap-2">
                <Button variant="secondary" size="sm" loading={resend.isPending && resend.variables.id === i.id} onClick={() => resend.mutate({ id: i.id })}>
                  {t('resend')}
                </Button>
                <Button variant="ghost" size="sm" loading={revoke.isPending && revoke.variables.id === i.id} onClick={() => revoke.mutate({ id: i.id })}>
                  {t('revoke')}
                </Button>
              </span>
            ) : null}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
