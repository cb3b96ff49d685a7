'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, EmptyState, formatDateTime, SelectField, toast, useTRPC, type BadgeTone } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRoleName, useStaffErrorText, useStaffLocale } from './staff-text';

type Invitation = RouterOutputs['invitations']['list']['items'][number];
type Status = Invitation['status'];
const tone: Record<Status, BadgeTone> = { pending: 'amber', accepted: 'green', expired: 'slate', revoked: 'red' };

/** Invitations of one kind, filterable by status, with revoke and resend for those not accepted. */
export function InvitationsTable({ kind, pharmacyId }: { kind: 'staff' | 'pharmacists'; pharmacyId?: string }) {
  const t = useTranslations('staff.invitations');
  const roleName = useRoleName();
  const errorText = useStaffErrorText();
  const locale = useStaffLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | ''>('pending');
  const list = useQuery(trpc.invitations.list.queryOptions({ kind, ...(pharmacyId ? { pharmacyId } : {}), ...(status ? { status } : {}) }));
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
  const headingId = `invitations-${kind}-heading`;

  const row = (i: Invitation) => (
    <tr key={i.id}>
      <td dir="ltr" className="px-4 py-2 text-start sm:px-6">{i.email}</td>
      <td className="px-4 py-2">{roleName(i.role, i.pharmacyRole)}</td>
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
  );

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold">{t('title')}</h2>
        <SelectField label={t('filter')} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">{t('all')}</option>
          {(['pending', 'accepted', 'expired', 'revoked'] as const).map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? (
        <div role="status" className="h-32 animate-pulse rounded-xl bg-slate-100" />
      ) : list.isError ? (
        <EmptyState title={errorText(list.error)} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:-mx-6">
          <table aria-labelledby={headingId} className="w-full min-w-[40rem] text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 text-start font-medium sm:px-6">{t('email')}</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">{t('role')}</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">{t('status')}</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">{t('expires')}</th>
                <th scope="col" className="px-4 py-2 text-end font-medium sm:px-6">{t('actions')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{list.data.items.map(row)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
