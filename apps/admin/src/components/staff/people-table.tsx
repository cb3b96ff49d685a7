'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, ChoiceField, DataTable, EmptyState, formatDate, LoadingBlock, PersonCell, ReasonConfirm, SelectField, TextField, toast, useTRPC, type DataColumn } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { STAFF_ROLE_CHOICES } from './invite-form-schema';
import { useStaffScreen } from './staff-text';

type Person = RouterOutputs['staff']['list']['items'][number];
type Filter = { kind: 'staff' | 'pharmacists'; status?: 'active' | 'deactivated'; query?: string };

/** Superadmins: staff or pharmacists, with role changes and deactivation (confirmed, with a reason) or reactivation. */
export function PeopleTable({ me }: { me: string }) {
  const { locale, roleName, errorText } = useStaffScreen();
  const t = useTranslations('staff.people');
  const tStaff = useTranslations('staff');
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

  const confirmText = (p: Person) => ({
    title: t('deactivate'), prompt: t('confirmDeactivate', { name: p.name }), label: t('reason'), hint: t('reasonHint'),
    tooShort: tStaff('errors.reason'), confirm: t('confirm'), cancel: t('cancel'),
  });
  const role = (p: Person) => (
    <>
      {p.role === 'pharmacist' || p.deactivatedAt ? (
        roleName(p.role, p.pharmacyRole)
      ) : (
        <ChoiceField label={t('changeRole')} className="h-9" value={p.role} disabled={changeRole.isPending} choices={STAFF_ROLE_CHOICES} choiceLabel={(r) => roleName(r)}
          onChange={(e) => changeRole.mutate({ userId: p.id, role: e.target.value as (typeof STAFF_ROLE_CHOICES)[number] })} />
      )}
      {p.pharmacyId ? <span className="block text-xs text-slate-500">{p.pharmacyId}</span> : null}
    </>
  );
  const status = (p: Person) => (
    <>
      {p.deactivatedAt ? <Badge tone="red">{t('deactivatedOn', { date: formatDate(p.deactivatedAt, locale) })}</Badge> : <Badge tone="green">{t('active')}</Badge>}
      {p.deactivatedReason ? <span className="mt-1 block text-xs text-slate-600">{p.deactivatedReason}</span> : null}
    </>
  );
  const actions = (p: Person) =>
    confirming === p.id ? (
      <ReasonConfirm text={confirmText(p)} busy={deactivate.isPending} onCancel={() => setConfirming(null)} onConfirm={(reason) => deactivate.mutate({ userId: p.id, reason })} />
    ) : p.deactivatedAt ? (
      <Button variant="secondary" size="sm" loading={reactivate.isPending && reactivate.variables.userId === p.id} onClick={() => reactivate.mutate({ userId: p.id })}>
        {t('reactivate')}
      </Button>
    ) : (
      <Button variant="secondary" size="sm" onClick={() => setConfirming(p.id)}>
        {t('deactivate')}
      </Button>
    );
  const columns: DataColumn<Person>[] = [
    { label: t('name'), cell: (p) => <PersonCell name={p.name} email={p.email} you={p.id === me ? t('you') : undefined} /> },
    { label: t('role'), cell: role },
    { label: t('status'), cell: status },
    { label: t('actions'), align: 'end', cell: actions },
  ];

  return (
    <section aria-labelledby="people-heading" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="people-heading" className="text-base font-semibold">{t('title')}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t('title')} value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as Filter['kind'] })}>
          <option value="staff">{t('kindStaff')}</option>
          <option value="pharmacists">{t('kindPharmacists')}</option>
        </SelectField>
        <ChoiceField label={t('filterStatus')} value={filter.status ?? ''} all={t('all')} choices={['active', 'deactivated'] as const} choiceLabel={(s) => t(s)}
          onChange={(e) => setFilter({ ...filter, status: (e.target.value || undefined) as Filter['status'] })} />
        <TextField label={t('search')} type="search" maxLength={100} onChange={(e) => setFilter({ ...filter, query: e.target.value.trim() || undefined })} />
      </div>
      {people.isPending ? (
        <LoadingBlock label={t('title')} soft className="h-40" />
      ) : people.isError ? (
        <EmptyState title={errorText(people.error)} />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <DataTable inCard labelledBy="people-heading" columns={columns} rows={people.data.items} rowKey={(p) => p.id} rowHeader={false} hover={false} rowClassName="align-top" />
      )}
    </section>
  );
}
