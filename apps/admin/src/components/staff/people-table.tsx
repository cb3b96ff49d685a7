'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, EmptyState, formatDate, SelectField, TextField, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DeactivatePanel } from './deactivate-panel';
import { STAFF_ROLE_CHOICES } from './invite-form-schema';
import { useRoleName, useStaffErrorText, useStaffLocale } from './staff-text';

type Person = RouterOutputs['staff']['list']['items'][number];
type Filter = { kind: 'staff' | 'pharmacists'; status?: 'active' | 'deactivated'; query?: string };

/** Superadmins: staff or pharmacists, with role changes and deactivation (confirmed, with a reason) or reactivation. */
export function PeopleTable({ me }: { me: string }) {
  const t = useTranslations('staff.people');
  const roleName = useRoleName();
  const errorText = useStaffErrorText();
  const locale = useStaffLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>({ kind: 'staff' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const people = useQuery(trpc.staff.list.queryOptions(filter));
  const refresh = () => queryClient.invalidateQueries(trpc.staff.list.pathFilter());
  const onError = (error: unknown) => toast.error(errorText(error));
  const changeRole = useMutation(trpc.staff.changeRole.mutationOptions({
    onSuccess: async (p) => {
      toast.success(t('roleChanged', { name: p.name, role: roleName(p.role) }));
      await refresh();
    },
    onError: async (error) => {
      onError(error);
      await refresh();
    },
  }));
  const deactivate = useMutation(trpc.staff.deactivate.mutationOptions({
    onSuccess: async (p) => {
      setConfirming(null);
      toast.success(t('deactivatedToast', { name: p.name }));
      await refresh();
    },
    onError,
  }));
  const reactivate = useMutation(trpc.staff.reactivate.mutationOptions({
    onSuccess: async (p) => {
      toast.success(t('reactivatedToast', { name: p.name }));
      await refresh();
    },
    onError,
  }));

  const row = (p: Person) => (
    <tr key={p.id} className="align-top">
      <td className="px-4 py-2 sm:px-6">
        <span className="font-medium">{p.name}</span>
        {p.id === me ? <span className="ms-1 text-xs text-slate-500">({t('you')})</span> : null}
        <span dir="ltr" className="block text-xs text-slate-500">{p.email ?? '—'}</span>
      </td>
      <td className="px-4 py-2">
        {p.role === 'pharmacist' || p.deactivatedAt ? (
          roleName(p.role, p.pharmacyRole)
        ) : (
          <SelectField
            label={t('changeRole')}
            className="h-9"
            value={p.role}
            disabled={changeRole.isPending}
            onChange={(e) => changeRole.mutate({ userId: p.id, role: e.target.value as (typeof STAFF_ROLE_CHOICES)[number] })}
          >
            {STAFF_ROLE_CHOICES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </SelectField>
        )}
        {p.pharmacyId ? <span className="block text-xs text-slate-500">{p.pharmacyId}</span> : null}
      </td>
      <td className="px-4 py-2">
        {p.deactivatedAt ? (
          <Badge tone="red">{t('deactivatedOn', { date: formatDate(p.deactivatedAt, locale) })}</Badge>
        ) : (
          <Badge tone="green">{t('active')}</Badge>
        )}
        {p.deactivatedReason ? <span className="mt-1 block text-xs text-slate-600">{p.deactivatedReason}</span> : null}
      </td>
      <td className="px-4 py-2 text-end sm:px-6">
        {confirming === p.id ? (
          <DeactivatePanel
            name={p.name}
            busy={deactivate.isPending}
            onCancel={() => setConfirming(null)}
            onConfirm={(reason) => deactivate.mutate({ userId: p.id, reason })}
          />
        ) : p.deactivatedAt ? (
          <Button variant="secondary" size="sm" loading={reactivate.isPending && reactivate.variables.userId === p.id} onClick={() => reactivate.mutate({ userId: p.id })}>
            {t('reactivate')}
          </Button>
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setConfirming(p.id)}>
            {t('deactivate')}
          </Button>
        )}
      </td>
    </tr>
  );

  return (
    <section aria-labelledby="people-heading" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="people-heading" className="text-base font-semibold">{t('title')}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t('title')} value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as Filter['kind'] })}>
          <option value="staff">{t('kindStaff')}</option>
          <option value="pharmacists">{t('kindPharmacists')}</option>
        </SelectField>
        <SelectField
          label={t('filterStatus')}
          value={filter.status ?? ''}
          onChange={(e) => setFilter({ ...filter, status: (e.target.value || undefined) as Filter['status'] })}
        >
          <option value="">{t('all')}</option>
          <option value="active">{t('active')}</option>
          <option value="deactivated">{t('deactivated')}</option>
        </SelectField>
        <TextField label={t('search')} type="search" maxLength={100} onChange={(e) => setFilter({ ...filter, query: e.target.value.trim() || undefined })} />
      </div>
      {people.isPending ? (
        <div role="status" className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : people.isError ? (
        <EmptyState title={errorText(people.error)} />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:-mx-6">
          <table aria-labelledby="people-heading" className="w-full min-w-[40rem] text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 text-start font-medium sm:px-6">{t('name')}</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">{t('role')}</th>
                <th scope="col" className="px-4 py-2 text-start font-medium">{t('status')}</th>
                <th scope="col" className="px-4 py-2 text-end font-medium sm:px-6">{t('actions')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{people.data.items.map(row)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
