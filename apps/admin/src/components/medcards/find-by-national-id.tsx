'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, errorInfo, TextField, toAsciiDigits, useTRPCClient } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { CardStatusBadge } from './card-status-badge';

type Found = RouterOutputs['medcard']['findByNationalId'];

/**
 * Exact-match search by a holder's or member's national ID (`medcard.findByNationalId`, a POST: the number is
 * never put in a URL, unlike the free-text search whose state lives in the address bar).
 */
export function FindByNationalId() {
  const t = useTranslations('nationalId');
  const client = useTRPCClient();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<Found | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const nationalId = toAsciiDigits(typed).replace(/\s/g, '');
    if (!/^\d{14}$/.test(nationalId)) return setError(t('invalid'));
    setError(undefined);
    setPending(true);
    try {
      setFound(await client.medcard.findByNationalId.mutate({ nationalId }));
    } catch (err) {
      setFound(null);
      setError(errorInfo(err).code === 'RATE_LIMITED' ? t('rateLimited') : t('failed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Card title={t('findTitle')} titleId="find-national-id">
      <p className="mb-3 text-sm text-slate-600">{t('findHint')}</p>
      <form aria-labelledby="find-national-id" className="flex flex-wrap items-end gap-3" onSubmit={submit}>
        <div className="min-w-[16rem] flex-1">
          <TextField label={t('findLabel')} inputMode="numeric" autoComplete="off" dir="ltr" error={error} value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <Button type="submit" loading={pending}>
          {t('find')}
        </Button>
      </form>
      {found ? (
        <div className="mt-3 text-sm" role="status">
          {found.length === 0 ? (
            <p>{t('noCards')}</p>
          ) : (
            <>
              <p className="mb-2 text-slate-600">{t('found', { count: found.length })}</p>
              <ul className="divide-y divide-slate-100">
                {found.map((c) => (
                  <li key={c.cardId} className="flex flex-wrap items-center gap-3 py-2">
                    <Link href={`/medcards/${c.cardId}`} className="font-medium text-teal-800 hover:underline">
                      {c.holder.name}
                    </Link>
                    <span className="font-mono text-xs text-slate-500" dir="ltr">
                      {c.cardId}
                    </span>
                    <CardStatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
