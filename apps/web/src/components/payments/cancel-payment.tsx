'use client';

import { Button, errorInfo, FormActions, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorText } from '@/lib/use-error-text';

/** Cancel an unpaid code, after a second tap (a cancelled code can no longer be paid at Fawry). */
export function CancelPayment({ paymentId }: { paymentId: string }) {
  const t = useTranslations('payment');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation(trpc.payments.cancel.mutationOptions());

  if (!asking) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setAsking(true)}>
        {t('cancel')}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t('cancel')} className="space-y-2 rounded-xl bg-white p-3">
      <p className="text-sm">{t('cancelConfirm')}</p>
      <FormActions
        go={t('cancelYes')}
        cancel={t('cancelNo')}
        busy={cancel.isPending}
        danger
        size="sm"
        onCancel={() => setAsking(false)}
        onGo={() =>
          cancel.mutate(
            { paymentId },
            {
              onSuccess: (view) => {
                queryClient.setQueryData(trpc.payments.get.queryKey({ paymentId }), view);
                void queryClient.invalidateQueries(trpc.payments.pathFilter());
                toast.success(t('cancelled'));
              },
              onError: (error) => {
                toast.error(errorText(errorInfo(error)));
                setAsking(false);
                void queryClient.invalidateQueries(trpc.payments.get.queryFilter({ paymentId }));
              },
            },
          )
        }
      />
    </div>
  );
}
