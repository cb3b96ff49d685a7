'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, TextAreaField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { usePharmacyErrorText, usePortalLocale } from './pharmacy-text';

type Pharmacy = RouterOutputs['pharmacies']['get']['pharmacy'];
type Action = 'activate' | 'suspend' | 'reinstate';

const actionsFor = (status: Pharmacy['status']): Action[] =>
  status === 'pending' ? ['activate'] : status === 'active' ? ['suspend'] : status === 'suspended' ? ['reinstate'] : [];

/** Activate, suspend (with a reason) or reinstate, each after a confirmation. */
export function StatusActions({ pharmacy }: { pharmacy: Pharmacy }) {
  const t = useTranslations('pharmacies');
  const locale = usePortalLocale();
  const errorText = usePharmacyErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const name = locale === 'ar' ? pharmacy.nameAr : pharmacy.nameEn;
  const run = useMutation({
    mutationFn: (a: Action) =>
      a === 'suspend'
        ? client.pharmacies.suspend.mutate({ pharmacyId: pharmacy.id, reason: reason.trim() })
        : client.pharmacies[a].mutate({ pharmacyId: pharmacy.id }),
  });
  const actions = actionsFor(pharmacy.status);
  if (actions.length === 0) return null;

  const confirm = (a: Action) => {
    if (a === 'suspend' && !reason.trim()) return setReasonError(true);
    run.mutate(a, {
      onSuccess: (view) => {
        toast.success(t('actions.done', { name, status: t(`status.${view.status}`) }));
        setChosen(null);
        setReason('');
        queryClient.setQueryData(trpc.pharmacies.get.queryKey({ pharmacyId: pharmacy.id }), (old) => (old ? { ...old, pharmacy: view } : old));
        void queryClient.invalidateQueries(trpc.pharmacies.list.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    });
  };

  return (
    <Card title={t('actions.title')} titleId="status-actions-heading">
      {chosen ? (
        <div className="space-y-3" role="group" aria-labelledby="status-actions-heading">
          <p className="text-sm">{t(`actions.confirm${chosen === 'activate' ? 'Activate' : chosen === 'suspend' ? 'Suspend' : 'Reinstate'}`, { name })}</p>
          {chosen === 'suspend' ? (
            <TextAreaField
              label={t('actions.reason')}
              rows={2}
              maxLength={500}
              value={reason}
              error={reasonError ? t('errors.required') : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(false);
              }}
            />
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button variant={chosen === 'suspend' ? 'danger' : 'primary'} loading={run.isPending} onClick={() => confirm(chosen)}>
              {t('actions.confirm')}
            </Button>
            <Button variant="secondary" disabled={run.isPending} onClick={() => setChosen(null)}>
              {t('actions.back')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button key={a} variant={a === 'suspend' ? 'danger' : 'primary'} onClick={() => setChosen(a)}>
              {t(`actions.${a}`)}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}
