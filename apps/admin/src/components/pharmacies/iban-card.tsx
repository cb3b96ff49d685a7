'use client';

import { Button, Card, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from '@healthpay/ui';
import { ibanField, type FormErrorKey } from './pharmacy-form-schema';
import { usePharmacyScreen } from './pharmacy-text';

const changeForm = z.object({ iban: ibanField });

/** The settlement IBAN: masked for everyone; finance and superadmins may reveal it (audited) and change it. */
export function IbanCard({ pharmacyId, ibanMasked, canReveal }: { pharmacyId: string; ibanMasked: string | null; canReveal: boolean }) {
  const { t, errorText } = usePharmacyScreen();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [full, setFull] = useState<string | null>(null);
  const reveal = useMutation({ mutationFn: () => client.pharmacies.revealIban.mutate({ pharmacyId }) });
  const change = useMutation({ mutationFn: (iban: string) => client.pharmacies.changeSettlementAccount.mutate({ pharmacyId, iban }) });
  const form = useForm<{ iban: string }>({ resolver: zodResolver(changeForm), defaultValues: { iban: '' } });
  const ibanError = form.formState.errors.iban?.message;

  return (
    <Card title={t('detail.settlement')} titleId="settlement-heading">
      <p className="font-mono text-sm tracking-wide" dir="ltr">
        {full ? full.replace(/(.{4})(?=.)/g, '$1 ') : (ibanMasked ?? '—')}
      </p>
      {canReveal && ibanMasked ? (
        <div className="mt-3 space-y-4">
          <div className="flex flex-wrap items-center gap-2">
            {full ? (
              <Button variant="secondary" size="sm" onClick={() => setFull(null)}>
                {t('detail.hide')}
              </Button>
            ) : (
              <Button
                variant="secondary"
                size="sm"
                loading={reveal.isPending}
                onClick={() => reveal.mutate(undefined, { onSuccess: (r) => setFull(r.iban), onError: (e) => toast.error(errorText(e)) })}
              >
                {t('detail.reveal')}
              </Button>
            )}
            <span className="text-xs text-slate-500">{t('detail.revealNote')}</span>
          </div>
          <form
            noValidate
            className="flex flex-wrap items-end gap-2"
            aria-label={t('detail.changeIban')}
            onSubmit={(e) =>
              void form.handleSubmit(({ iban }) =>
                change.mutate(iban, {
                  onSuccess: (view) => {
                    toast.success(t('detail.ibanChanged'));
                    setFull(null);
                    form.reset();
                    queryClient.setQueryData(trpc.pharmacies.get.queryKey({ pharmacyId }), (old) => (old ? { ...old, pharmacy: view } : old));
                  },
                  onError: (err) => toast.error(errorText(err)),
                }),
              )(e)
            }
          >
            <div className="min-w-72 flex-1">
              <TextField
                label={t('detail.newIban')}
                dir="ltr"
                autoComplete="off"
                className="font-mono"
                error={ibanError ? t(`errors.${ibanError as FormErrorKey}`) : undefined}
                {...form.register('iban')}
              />
            </div>
            <Button type="submit" variant="secondary" loading={change.isPending}>
              {t('detail.saveIban')}
            </Button>
          </form>
        </div>
      ) : null}
    </Card>
  );
}
