'use client';

import { toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvoiceErrorText } from './invoice-text';

/**
 * An invoice command asked for, then confirmed: `confirm` runs it, says `doneText` of the result (or the error in the
 * page's language), leaves the confirmation, calls `afterSuccess` and refetches the invoice screens.
 */
export function useInvoiceCommand<R>({ run, doneText, afterSuccess }: { run: () => Promise<R>; doneText: (result: R) => string; afterSuccess?: () => void }) {
  const errorText = useInvoiceErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: run });
  const confirm = () => mutation.mutate(undefined, {
    onSuccess: (result) => {
      toast.success(doneText(result));
      setConfirming(false);
      afterSuccess?.();
      void queryClient.invalidateQueries(trpc.insurerInvoices.pathFilter());
    },
    onError: (error) => toast.error(errorText(error)),
  });
  return { confirming, ask: () => setConfirming(true), back: () => setConfirming(false), confirm, busy: mutation.isPending };
}
