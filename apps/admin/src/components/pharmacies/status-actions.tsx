'use client';

import type { RouterOutputs } from '@healthpay/api';
import { ConfirmActions, toast, useTRPC, useTRPCClient, type ConfirmAction } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePharmacyErrorText, usePortalLocale } from './pharmacy-text';

type Pharmacy = RouterOutputs['pharmacies']['get']['pharmacy'];
type Action = 'activate' | 'suspend' | 'reinstate';

const actionsFor = (status: Pharmacy['status']): Action[] =>
  status === 'pending' ? ['activate'] : status === 'active' ? ['suspend'] : status === 'suspended' ? ['reinstate'] : [];
const confirmKey = { activate: 'confirmActivate', suspend: 'confirmSuspend', reinstate: 'confirmReinstate' } as const;

/** Activate, suspend (with a reason) or reinstate, each after a confirmation. */
export function StatusActions({ pharmacy }: { pharmacy: Pharmacy }) {
  const t = useTranslations('pharmacies');
  const name = usePortalLocale() === 'ar' ? pharmacy.nameAr : pharmacy.nameEn;
  const errorText = usePharmacyErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: ({ action, reason }: { action: Action; reason?: string }) =>
      action === 'suspend'
        ? client.pharmacies.suspend.mutate({ pharmacyId: pharmacy.id, reason: reason ?? '' })
        : client.pharmacies[action].mutate({ pharmacyId: pharmacy.id }),
  });
  const actions: ConfirmAction<Action>[] = actionsFor(pharmacy.status).map((a) => ({
    action: a,
    label: t(`actions.${a}`),
    danger: a === 'suspend',
    ...(a === 'suspend' && { input: { label: t('actions.reason'), maxLength: 500, multiline: true } }),
  }));
  const onConfirm = (action: Action, reason: string | undefined, done: () => void) =>
    run.mutate({ action, reason }, {
      onSuccess: (view) => {
        toast.success(t('actions.done', { name, status: t(`status.${view.status}`) }));
        done();
        queryClient.setQueryData(trpc.pharmacies.get.queryKey({ pharmacyId: pharmacy.id }), (old) => (old ? { ...old, pharmacy: view } : old));
        void queryClient.invalidateQueries(trpc.pharmacies.list.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    });
  return (
    <ConfirmActions title={t('actions.title')} titleId="status-actions-heading" actions={actions} prompt={(a) => t(`actions.${confirmKey[a]}`, { name })}
      text={{ confirm: t('actions.confirm'), back: t('actions.back'), required: t('errors.required') }} busy={run.isPending} onConfirm={onConfirm} />
  );
}
