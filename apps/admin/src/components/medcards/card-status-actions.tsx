'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { Button, Card, TextAreaField, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useState, type FormEvent } from 'react';
import { useCardCommand } from './use-card-command';

type CardDetail = RouterOutputs['medcard']['get'];
type StatusInput = RouterInputs['medcard']['changeStatus'];

const done: Record<StatusInput['action'], string> = {
  activate: 'Card activated',
  reactivate: 'Card reactivated',
  suspend: 'Card suspended',
  close: 'Card closed',
  expire: 'Card expired',
};

/** Activate, suspend (with a reason), reactivate, close (with a reason). */
export function CardStatusActions({ card }: { card: CardDetail }) {
  const client = useTRPCClient();
  const command = useCardCommand((input: StatusInput, key: string) => client.medcard.changeStatus.mutate(input, withIdempotencyKey(key)));
  const [asking, setAsking] = useState<'suspend' | 'close' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const { status, cardId } = card;

  const run = (input: StatusInput) =>
    command.send(input, {
      success: done[input.action],
      onDone: () => {
        setAsking(null);
        setReason('');
      },
    });

  if (status === 'closed' || status === 'expired') {
    return (
      <Card title="Status" titleId="card-status-heading">
        <p className="text-sm text-slate-600">
          This card is {status}. It pays nothing more and can&apos;t be reopened; insurance claims already filed can still be reviewed.
        </p>
      </Card>
    );
  }

  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (!asking) return;
    if (reason.trim().length < 3) return setReasonError('Give a reason of at least 3 characters.');
    run({ cardId, action: asking, reason: reason.trim() });
  };

  return (
    <Card title="Status" titleId="card-status-heading">
      {asking ? (
        <form onSubmit={submitReason} className="space-y-3" aria-label={asking === 'suspend' ? 'Suspend card' : 'Close card'}>
          <TextAreaField
            label={asking === 'suspend' ? 'Reason for suspension' : 'Reason for closing'}
            hint="Recorded with the card's history."
            error={reasonError}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonError(undefined);
              command.changed();
            }}
          />
          {asking === 'close' ? <p className="text-sm text-slate-600">Closing is final: the card stops paying and can&apos;t be reopened.</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" loading={command.isPending}>
              {asking === 'suspend' ? 'Confirm suspension' : 'Confirm closing'}
            </Button>
            <Button variant="secondary" disabled={command.isPending} onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {status === 'pending' ? (
            <Button loading={command.isPending} onClick={() => run({ cardId, action: 'activate' })}>
              Activate
            </Button>
          ) : null}
          {status === 'suspended' ? (
            <Button loading={command.isPending} onClick={() => run({ cardId, action: 'reactivate' })}>
              Reactivate
            </Button>
          ) : null}
          {status === 'active' ? (
            <Button variant="secondary" onClick={() => setAsking('suspend')}>
              Suspend…
            </Button>
          ) : null}
          <Button variant="secondary" className="text-red-700" onClick={() => setAsking('close')}>
            Close…
          </Button>
        </div>
      )}
    </Card>
  );
}
