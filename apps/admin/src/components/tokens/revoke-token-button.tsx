'use client';

import { Button, englishMessageFor, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiToken } from './token-status';

/** Revoke, after a confirm step: the token stops working at once and cannot be restored. */
export function RevokeTokenButton({ token }: { token: ApiToken }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap between the button and its confirm step (keyboard users keep their place).
  const [cancelled, setCancelled] = useState(false);
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: async (revoked) => {
        toast.success(`Token “${revoked.name}” revoked`);
        setConfirming(false);
        queryClient.setQueryData(trpc.tokens.list.queryKey({}), (old) =>
          old ? { items: old.items.map((t) => (t.id === revoked.id ? revoked : t)) } : old,
        );
        await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
      },
      onError: (error) => toast.error(englishMessageFor(error)),
    }),
  );

  if (!confirming) {
    return (
      <Button size="sm" variant="secondary" className="text-red-700" autoFocus={cancelled} onClick={() => setConfirming(true)}>
        Revoke…
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Revoke “${token.name}”`} className="flex flex-col items-end gap-1.5">
      <span className="text-xs text-slate-600">It stops working at once, for good.</span>
      <div className="flex gap-2 whitespace-nowrap">
        <Button size="sm" variant="danger" loading={revoke.isPending} onClick={() => revoke.mutate({ id: token.id })}>
          Confirm revoke
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
          Cancel
        </Button>
      </div>
    </div>
  );
}
