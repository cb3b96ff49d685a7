'use client';

import { bdi, ConfirmActions, toast, useTRPC, useTRPCClient, type ConfirmAction, type SettlementStatement } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSettlementScreen } from './settlement-text';

type Action = 'close' | 'approve' | 'markPaid' | 'dispute';

const actionsFor = (s: SettlementStatement['status']): Action[] =>
  s === 'open' ? ['close'] : s === 'closed' ? ['approve', 'dispute'] : s === 'approved' ? ['markPaid', 'dispute'] : s === 'disputed' ? ['approve'] : [];
const confirmKey = { close: 'confirmClose', approve: 'confirmApprove', markPaid: 'confirmMarkPaid', dispute: 'confirmDispute' } as const;

/** Close, approve, mark paid (with the payout reference) or dispute (with a reason), each after a confirmation; audited by the API. */
export function StatementActions({ statement }: { statement: SettlementStatement }) {
  const { t, locale, errorText } = useSettlementScreen();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const settlementId = statement.id;
  const run = useMutation({
    mutationFn: ({ action, text }: { action: Action; text?: string }) =>
      action === 'markPaid' ? client.settlements.markPaid.mutate({ settlementId, payoutReference: text ?? '' })
        : action === 'dispute' ? client.settlements.dispute.mutate({ settlementId, reason: text ?? '' })
          : client.settlements[action].mutate({ settlementId }),
  });
  const pharmacy = (locale === 'ar' ? statement.pharmacyNameAr : statement.pharmacyNameEn) ?? statement.pharmacyId;
  const actions: ConfirmAction<Action>[] = actionsFor(statement.status).map((a) => ({
    action: a,
    label: t(`actions.${a}`),
    danger: a === 'dispute',
    ...(a === 'markPaid' && { input: { label: t('actions.payoutReference'), maxLength: 200 } }),
    ...(a === 'dispute' && { input: { label: t('actions.reason'), maxLength: 200 } }),
  }));
  const onConfirm = (action: Action, text: string | undefined, done: () => void) =>
    run.mutate({ action, text }, {
      onSuccess: (view) => {
        toast.success(t('actions.done', { status: t(`status.${view.status}`) }));
        done();
        // The command's answer is the new state; the read model may lag it by a projector batch.
        queryClient.setQueryData(trpc.settlements.get.queryKey({ settlementId }), (old) => (old ? { ...old, statement: view } : old));
        void queryClient.invalidateQueries(trpc.settlements.list.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    });
  return (
    <ConfirmActions title={t('actions.title')} titleId="statement-actions-heading" actions={actions}
      prompt={(a) => t.rich(`actions.${confirmKey[a]}`, { pharmacy, start: statement.periodStart, end: statement.periodEnd, bdi })}
      text={{ confirm: t('actions.confirm'), back: t('actions.back'), required: t('errors.required') }} busy={run.isPending} onConfirm={onConfirm} />
  );
}
