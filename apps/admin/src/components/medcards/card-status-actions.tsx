'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { lifecycleActions, lifecycleCommand, StatusActions, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useCardCommand } from './use-card-command';

type CardDetail = RouterOutputs['medcard']['get'];
type StatusInput = RouterInputs['medcard']['changeStatus'];

/** Activate, suspend (with a reason), reactivate, close (with a reason). */
export function CardStatusActions({ card }: { card: CardDetail }) {
  const t = useTranslations('medcards');
  const client = useTRPCClient();
  const command = useCardCommand((input: StatusInput, key: string) => client.medcard.changeStatus.mutate(input, withIdempotencyKey(key)));
  const { status, cardId } = card;
  return (
    <StatusActions
      titleId="card-status-heading"
      text={{ title: t('actions.title'), reasonHint: t('actions.reasonHint'), reasonTooShort: t('actions.reasonTooShort'), cancel: t('cancel') }}
      actions={lifecycleActions(status, (key) => t(`actions.${key}`))}
      final={status === 'closed' || status === 'expired' ? t(`actions.final.${status}`) : null}
      pending={command.isPending}
      onEdit={command.changed}
      onRun={(action, reason, done) => command.send({ cardId, ...lifecycleCommand(action, reason) }, { success: t(`actions.done.${action}`), onDone: done })}
    />
  );
}
