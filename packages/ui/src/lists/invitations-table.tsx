'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../components/badge';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { EmptyState } from '../components/notice';
import { toast } from '../components/toaster';
import { formatDateTime } from '../dates';
import type { Locale } from '../money';
import { useTRPC } from '../trpc';
import { DataTable, type DataColumn } from './data-table';
import type { Translate } from './error-text';
import { LoadingBlock } from './paged-list';

type Invitation = RouterOutputs['invitations']['list']['items'][number];
export type InvitationStatus = Invitation['status'];
export const INVITATION_STATUSES: readonly InvitationStatus[] = ['pending', 'accepted', 'expired', 'revoked'];
const tone: Record<InvitationStatus, BadgeTone> = { pending: 'amber', accepted: 'green', expired: 'slate', revoked: 'red' };

/**
 * Invitations (staff, or a pharmacy's pharmacists) with resend and revoke for those not accepted. `t` is the
 * portal's `…invitations` messages; `roleName` adds a role column; `filter` sits beside the heading.
 */
export function InvitationsTable({ input, t, locale, errorText, headingId, roleName, filter }: {
  input: RouterInputs['invitations']['list'];
  t: Translate;
  locale: Locale;
  errorText: (error: unknown) => string;
  headingId: string;
  roleName?: (invitation: Invitation) => string;
  filter?: ReactNode;
}) {
  const trpc = useTRPC();
  const list = useQuery(trpc.invitations.list.queryOptions(input));
  const columns: DataColumn<Invitation>[] = [
    { label: t('email'), cell: (i) => <span dir="ltr">{i.email}</span> },
    ...(roleName ? [{ label: t('role'), cell: roleName }] : []),
    { label: t('status'), cell: (i) => <Badge tone={tone[i.status]}>{t(i.status)}</Badge> },
    { label: t('expires'), className: 'text-slate-600', cell: (i) => formatDateTime(i.expiresAt, locale) },
    { label: t('actions'), align: 'end', cell: (i) => (i.status === 'pending' || i.status === 'expired' ? <InvitationActions id={i.id} t={t} errorText={errorText} /> : null) },
  ];
  return (
    <Card title={t('title')} titleId={headingId} actions={filter}>
      {list.isPending ? (
        <LoadingBlock label={t('title')} soft className="h-32" />
      ) : list.isError ? (
        <EmptyState title={errorText(list.error)} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <DataTable inCard labelledBy={headingId} columns={columns} rows={list.data.items} rowKey={(i) => i.id} rowHeader={false} hover={false} />
      )}
    </Card>
  );
}

function InvitationActions({ id, t, errorText }: { id: string; t: Translate; errorText: (error: unknown) => string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  return (
    <span className="inline-flex gap-2">
      <Button variant="secondary" size="sm" loading={resend.isPending} onClick={() => resend.mutate({ id })}>
        {t('resend')}
      </Button>
      <Button variant="ghost" size="sm" loading={revoke.isPending} onClick={() => revoke.mutate({ id })}>
        {t('revoke')}
      </Button>
    </span>
  );
}
