'use client';

import { Button, Card, cairoDayOf, SelectField, TextField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useInvoiceScreen } from './invoice-text';

/** Last month in Cairo: the usual month to bill (the API refuses a month that is not over). */
const lastMonth = (): string => {
  const [y, m] = cairoDayOf().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** Draft the invoice of one insurer for one month; opens it when drafted. */
export function DraftInvoiceForm({ base }: { base: string }) {
  const { t, errorText } = useInvoiceScreen();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const queryClient = useQueryClient();
  const insurers = useQuery(trpc.insurerInvoices.insurers.queryOptions());
  const [insurerKey, setInsurerKey] = useState('');
  const [month, setMonth] = useState(lastMonth);
  const draft = useMutation({ mutationFn: (key: string) => client.insurerInvoices.draft.mutate({ insurerKey: key, month }) });
  const options = insurers.data ?? [];
  const chosen = insurerKey || options[0]?.insurerKey || '';
  return (
    <Card title={t('draft.title')} titleId="draft-invoice-heading">
      {insurers.isSuccess && options.length === 0 ? <p className="text-sm text-slate-600">{t('draft.noInsurers')}</p> : (
        <form
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            draft.mutate(chosen, {
              onSuccess: (inv) => {
                toast.success(t('draft.done', { count: inv.lines.length }));
                void queryClient.invalidateQueries(trpc.insurerInvoices.pathFilter());
                router.push(`${base}/${encodeURIComponent(inv.invoiceId)}`);
              },
              onError: (error) => toast.error(errorText(error)),
            });
          }}
        >
          <SelectField label={t('draft.insurer')} value={chosen} onChange={(e) => setInsurerKey(e.target.value)}>
            {options.map((i) => <option key={i.insurerKey} value={i.insurerKey}>{i.insurerName}</option>)}
          </SelectField>
          <TextField label={t('draft.month')} type="month" required value={month} onChange={(e) => setMonth(e.target.value)} />
          <Button type="submit" loading={draft.isPending} disabled={!chosen}>{t('draft.submit')}</Button>
        </form>
      )}
    </Card>
  );
}
