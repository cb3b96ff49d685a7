'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, TextField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { usePortalLocale, useSettlementErrorText } from './settlement-text';

type Statement = RouterOutputs['settlements']['get']['statement'];
type Action = 'close' | 'approve' | 'markPaid' | 'dispute';

const actionsFor = (s: Statement['status']): Action[] =>
  s === 'open' ? ['close'] : s === 'closed' ? ['approve', 'dispute'] : s === 'approved' ? ['markPaid', 'dispute'] : s === 'disputed' ? ['approve'] : [];
const confirmKey = { close: 'confirmClose', approve: 'confirmApprove', markPaid: 'confirmMarkPaid', dispute: 'confirmDispute' } as const;

/** Close, approve, mark paid (with the payout reference) or dispute (with a reason), each after a confirmation; audited by the API. */
export function StatementActions({ statement }: { statement: Statement }) {
  const t = useTranslations('settlements');
  const locale = usePortalLocale();
  const errorText = useSettlementErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const settlementId = statement.id;
  const run = useMutation({
    mutationFn: (a: Action) =>
      a === 'markPaid' ? client.settlements.markPaid.mutate({ settlementId, payoutReference: text.trim() })
        : a === 'dispute' ? client.settlements.dispute.mutate({ settlementId, reason: text.trim() })
          : client.settlements[a].mutate({ settlementId }),
  });
  const actions = actionsFor(statement.status);
  if (actions.length === 0) return null;
  const pharmacy = (locale === 'ar' ? statement.pharmacyNameAr : statement.pharmacyNameEn) ?? statement.pharmacyId;
  const needsText = chosen === 'markPaid' || chosen === 'dispute';

  const confirm = (a: Action) => {
    if (needsText && !text.trim()) return setMissing(true);
    run.mutate(a, {
      onSuccess: (view) => {
        toast.success(t('actions.done', { status: t(`status.${view.status}`) }));
        setChosen(null);
        setText('');
        // The command's answer is the new state; the read model may lag it by a projector batch.
        queryClient.setQueryData(trpc.settlements.get.queryKey({ settlementId }), (old) => (old ? { ...old, statement: view } : old));
        void queryClient.invalidateQueries(trpc.settlements.list.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    });
  };

  return (
    <Card title={t('actions.title')} titleId="statement-actions-heading">
      {chosen ? (
        <div className="space-y-3" role="group" aria-labelledby="statement-actions-heading">
          <p className="text-sm">{t.rich(`actions.${confirmKey[chosen]}`, { pharmacy, start: statement.periodStart, end: statement.periodEnd, bdi: (c) => <bdi>{c}</bdi> })}</p>
          {needsText ? (
            <TextField
              label={chosen === 'markPaid' ? t('actions.payoutReference') : t('actions.reason')}
              maxLength={200}
              value={text}
              error={missing ? t('errors.required') : undefined}
              onChange={(e) => {
                setText(e.target.value);
                setMissing(false);
              }}
            />
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button variant={chosen === 'dispute' ? 'danger' : 'primary'} loading={run.isPending} onClick={() => confirm(chosen)}>{t('actions.confirm')}</Button>
            <Button variant="secondary" disabled={run.isPending} onClick={() => setChosen(null)}>{t('actions.back')}</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button key={a} variant={a === 'dispute' ? 'danger' : 'primary'} onClick={() => setChosen(a)}>{t(`actions.${a}`)}</Button>
          ))}
        </div>
      )}
    </Card>
  );
}
