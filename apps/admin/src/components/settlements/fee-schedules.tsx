'use client';

import { Button, Card, EmptyState, formatDateTime, LoadingBlock, Notice, parseMoney, SelectField, TextField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSettlementScreen } from './settlement-text';

/** "2.5" (%) → 250 basis points; null when not a percentage with at most two decimals. */
const percentToBps = (text: string): number | null => {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
};

/** Finance: the fee schedules set (newest first) and a form to set one from a date. */
export function FeeSchedules() {
  const { t, locale, errorText } = useSettlementScreen();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.settlements.feeSchedules.queryOptions());
  const [scope, setScope] = useState<'default' | 'pharmacy'>('default');
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({ mutationFn: (input: Parameters<typeof client.settlements.setFeeSchedule.mutate>[0]) => client.settlements.setFeeSchedule.mutate(input) });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const field = (k: string) => String(f.get(k) ?? '').trim();
    const bps = percentToBps(field('percent') || '0');
    const fixed = field('fixed') ? parseMoney(field('fixed')) : { ok: true as const, piasters: 0 };
    const pharmacyId = field('pharmacyId');
    if (bps === null) return setInvalid('percent');
    if (!fixed.ok) return setInvalid('fixed');
    if (scope === 'pharmacy' && !pharmacyId) return setInvalid('pharmacyId');
    if (!field('effectiveFrom')) return setInvalid('effectiveFrom');
    if (!field('reason')) return setInvalid('reason');
    setInvalid(null);
    save.mutate({
      scope: scope === 'default' ? { kind: 'default' } : { kind: 'pharmacy', pharmacyId }, percentBps: bps, fixedPerClaim: fixed.piasters,
      effectiveFrom: field('effectiveFrom'), reason: field('reason'),
    }, {
      onSuccess: (r) => {
        toast.success(r.changed ? t('fees.saved') : t('fees.unchanged'));
        void queryClient.invalidateQueries(trpc.settlements.feeSchedules.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    });
  };
  const err = (k: string) => (invalid === k ? t('errors.required') : undefined);

  return (
    <div className="space-y-4">
      <Card title={t('fees.formTitle')} titleId="fee-form-heading">
        <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2">
          <SelectField label={t('fees.scope')} name="scope" value={scope} onChange={(e) => setScope(e.target.value === 'pharmacy' ? 'pharmacy' : 'default')}>
            <option value="default">{t('fees.default')}</option>
            <option value="pharmacy">{t('fees.pharmacy')}</option>
          </SelectField>
          {scope === 'pharmacy' ? <TextField label={t('fees.pharmacyId')} name="pharmacyId" error={err('pharmacyId')} /> : <span />}
          <TextField label={t('fees.percent')} name="percent" inputMode="decimal" placeholder="2.5" error={err('percent')} />
          <TextField label={t('fees.fixed')} name="fixed" inputMode="decimal" placeholder="1.00" error={err('fixed')} />
          <TextField label={t('fees.effectiveFrom')} name="effectiveFrom" type="date" error={err('effectiveFrom')} />
          <TextField label={t('fees.reason')} name="reason" maxLength={500} error={err('reason')} />
          <div><Button type="submit" loading={save.isPending}>{t('fees.save')}</Button></div>
        </form>
      </Card>
      {list.isError ? <Notice tone="error" title={errorText(list.error)} /> : !list.data ? (
        <LoadingBlock label={t('fees.title')} className="h-32" />
      ) : list.data.length === 0 ? <EmptyState title={t('fees.empty')} /> : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">{t('fees.caption')}</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {[t('fees.scope'), t('fees.percent'), t('fees.fixed'), t('fees.effectiveFrom'), t('fees.reason'), t('fees.setAt')].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.data.map((r) => (
                <tr key={`${r.scopeKey}-${new Date(r.setAt).toISOString()}`}>
                  <td className="px-4 py-3">{r.scopeKey === 'default' ? t('fees.default') : <bdi>{r.scopeKey}</bdi>}</td>
                  <td className="px-4 py-3 tabular-nums"><bdi>{(r.percentBps / 100).toFixed(2)} %</bdi></td>
                  <td className="px-4 py-3 tabular-nums"><bdi>{(r.fixedPerClaim / 100).toFixed(2)}</bdi></td>
                  <td className="px-4 py-3"><bdi>{r.effectiveFrom}</bdi></td>
                  <td className="px-4 py-3">{r.reason}</td>
                  <td className="px-4 py-3">{formatDateTime(r.setAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
