'use client';

import { Button, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorText } from '@/i18n/error-text';
import type { ApiToken } from './token-status';

/** Revoke, after a confirm step: the token stops working at once and cannot be restored. */
export function RevokeTokenButton({ token }: { token: ApiToken }) {
  const t = useTranslations('tokens.revoke');
  const errorText = useErrorText('tokens');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap between the button and its confirm step (keyboard users keep their place).
  const [cancelled, setCancelled] = useState(false);
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: async (revoked) => {
        toast.success(t('done', { name: revoked.name }));
        setConfirming(false);
        queryClient.setQueryData(trpc.tokens.list.queryKey({}), (old) =>
          old ? { items: old.items.map((x) => (x.id === revoked.id ? revoked : x)) } : old,
        );
        await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
      },
      onError: (error) => toast.error(errorText(error)),
    }),
  );

  if (!confirming) {
    return (
      <Button size="sm" variant="secondary" className="text-red-700" autoFocus={cancelled} onClick={() => setConfirming(true)}>
        {t('button')}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t('groupLabel', { name: token.name })} className="flex flex-col items-end gap-1.5">
      <span className="text-xs text-slate-600">{t('warning')}</span>
      <div className="flex gap-2 whitespace-nowrap">
        <Button size="sm" variant="danger" loading={revoke.isPending} onClick={() => revoke.mutate({ id: token.id })}>
          {t('confirm')}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          autoFocus
          disabled={revoke.isPending}
          onClick={() => {
            setConfirming(false);
            setCancelled(true);
          }}
        >
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
