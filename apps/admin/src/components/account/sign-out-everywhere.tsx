'use client';

import { Button, Card, Notice, useTRPC } from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/i18n/error-text';

/** Ends every session of this account, on every device (this one too), then goes to sign-in. */
export function SignOutEverywhere() {
  const t = useTranslations('account.sessions');
  const errorText = useErrorText('account');
  const trpc = useTRPC();
  const end = useMutation(trpc.account.endSessions.mutationOptions({ onSuccess: () => window.location.assign('/signin') }));
  return (
    <Card className="space-y-3 p-5">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('explain')}</p>
      {end.isError ? <Notice tone="error">{errorText(end.error)}</Notice> : null}
      <Button variant="secondary" onClick={() => end.mutate({})} loading={end.isPending}>
        {t('button')}
      </Button>
    </Card>
  );
}
