'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, Card, DataTable, EmptyState, formatDate, LoadingBlock, PersonCell, ReasonConfirm, toast, useTRPC, type DataColumn } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTeamScreen } from './team-text';

type Member = RouterOutputs['team']['list']['items'][number];

/** The pharmacy's pharmacists; the manager removes others (never themselves), after confirming with a reason. */
export function TeamMembers({ me }: { me: string }) {
  const { t, errorText, locale } = useTeamScreen();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const members = useQuery(trpc.team.list.queryOptions({}));
  const remove = useMutation(trpc.team.remove.mutationOptions({
    onSuccess: async (p) => {
      setConfirming(null);
      toast.success(t('members.removedToast', { name: p.name }));
      await queryClient.invalidateQueries(trpc.team.list.pathFilter());
    },
    onError: (error) => toast.error(errorText(error)),
  }));

  if (members.isPending) return <LoadingBlock label={t('members.title')} className="h-40" />;
  if (members.isError) return <EmptyState title={errorText(members.error)} />;
  const confirmText = (p: Member) => ({
    title: t('members.remove'), prompt: t('members.confirmRemove', { name: p.name }), label: t('members.reason'), hint: t('members.reasonHint'),
    tooShort: t('errors.reason'), confirm: t('members.confirm'), cancel: t('members.cancel'),
  });
  const actions = (p: Member) =>
    p.id === me || p.deactivatedAt ? null : confirming === p.id ? (
      <ReasonConfirm text={confirmText(p)} busy={remove.isPending} onCancel={() => setConfirming(null)} onConfirm={(reason) => remove.mutate({ userId: p.id, reason })} />
    ) : (
      <Button variant="secondary" size="sm" onClick={() => setConfirming(p.id)}>
        {t('members.remove')}
      </Button>
    );
  const columns: DataColumn<Member>[] = [
    { label: t('members.name'), cell: (p) => <PersonCell name={p.name} email={p.email} you={p.id === me ? t('members.you') : undefined} /> },
    { label: t('members.role'), cell: (p) => (p.pharmacyRole === 'manager' ? t('members.manager') : t('members.pharmacist')) },
    {
      label: t('members.status'),
      cell: (p) => (p.deactivatedAt ? <Badge tone="red">{t('members.removed', { date: formatDate(p.deactivatedAt, locale) })}</Badge> : <Badge tone="green">{t('members.active')}</Badge>),
    },
    { label: t('members.actions'), align: 'end', cell: actions },
  ];
  return (
    <Card title={t('members.title')} titleId="team-members-heading">
      {members.data.items.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <DataTable inCard labelledBy="team-members-heading" columns={columns} rows={members.data.items} rowKey={(p) => p.id} rowHeader={false} hover={false} rowClassName="align-top" minWidth="36rem" />
      )}
    </Card>
  );
}
