'use client';

import { Badge, Button, errorInfo, formatDate, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

/** An organization's tokens (never their secrets), each revocable after a confirm step. */
export function OrganizationTokens({ organizationId }: { organizationId: string }) {
  const t = useTranslations('organizations.tokens');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const trpc = useTRPC();
  const tokens = useQuery(trpc.tokens.list.queryOptions({ organizationId }));
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: (r) => {
        toast.success(t('revokedName', { name: r.name }));
        setConfirming(null);
        void tokens.refetch();
      },
      onError: (error) => toast.error(errorInfo(error).message),
    }),
  );
  if (!tokens.data) return null;
  if (tokens.data.items.length === 0) return <p className="text-sm text-slate-500">{t('none')}</p>;
  const now = Date.now();
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {tokens.data.items.map((k) => {
        const status = k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt.getTime() <= now ? 'expired' : 'active';
        return (
          <li key={k.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{k.name}</span>{' '}
              <Badge tone={status === 'active' ? 'green' : status === 'expired' ? 'amber' : 'red'}>{t(status)}</Badge>
              <span className="block text-xs text-slate-500">
                {t('created', { date: formatDate(k.createdAt, locale) })}
                {k.expiresAt ? ` · ${t('expires', { date: formatDate(k.expiresAt, locale) })}` : ''}
              </span>
            </span>
            {status === 'active' ? (
              confirming === k.id ? (
                <span className="flex gap-2">
                  <Button size="sm" variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ id: k.id })}>
                    {t('confirmRevoke')}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </Button>
                </span>
              ) : (
                <Button size="sm" variant="secondary" onClick={() => setConfirming(k.id)}>
                  {t('revoke')}
                </Button>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
