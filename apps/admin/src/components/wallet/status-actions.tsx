'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { lifecycleActions, lifecycleCommand, StatusActions as Actions, useIdempotentCommand, useTRPCClient, useWalletRefresh, withIdempotencyKey } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useWalletErrorText } from './wallet-text';

type Wallet = RouterOutputs['wallet']['get'];
type StatusInput = RouterInputs['wallet']['changeStatus'];

/** Lifecycle actions the wallet's status allows; suspending and closing need a reason (kept in the audit trail). */
export function StatusActions({ wallet }: { wallet: Wallet }) {
  const t = useTranslations('wallets');
  const client = useTRPCClient();
  const command = useIdempotentCommand({
    run: (input: StatusInput, key: string) => client.wallet.changeStatus.mutate(input, withIdempotencyKey(key)),
    errorText: useWalletErrorText(),
    afterSuccess: useWalletRefresh(),
  });
  const { status, walletId } = wallet;
  return (
    <Actions
      titleId="status-heading"
      text={{ title: t('actions.title'), reasonHint: t('actions.reasonHint'), reasonTooShort: t('actions.reasonTooShort'), cancel: t('cancel') }}
      actions={lifecycleActions(status, (key) => t(`actions.${key}`))}
      final={t('actions.closed')}
      pending={command.isPending}
      onEdit={command.changed}
      onRun={(action, reason, done) => command.send({ walletId, ...lifecycleCommand(action, reason) }, { success: t(`actions.done.${action}`), onDone: done })}
    />
  );
}
