'use client';

import { Button, errorInfo, useTRPCClient } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * A member's national ID, masked; "Show" asks the server for the full value (`beneficiaries.revealNationalId`:
 * support, claims reviewers and superadmins only, audited and rate-limited) and "Hide" forgets it again.
 */
export function NationalId({ cardId, beneficiaryId, name, masked }: { cardId: string; beneficiaryId: string; name: string; masked: string }) {
  const t = useTranslations('nationalId');
  const client = useTRPCClient();
  const [full, setFull] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const show = async () => {
    setPending(true);
    setProblem(null);
    try {
      setFull((await client.beneficiaries.revealNationalId.mutate({ cardId, beneficiaryId })).nationalId);
    } catch (error) {
      const code = errorInfo(error).code;
      setProblem(code === 'FORBIDDEN' ? t('forbidden') : code === 'RATE_LIMITED' ? t('rateLimited') : t('failed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {t('label')}{' '}
      <span className="font-mono" dir="ltr">
        {full ?? masked}
      </span>
      {full ? (
        <Button size="sm" variant="ghost" className="h-auto px-1 py-0 text-xs" onClick={() => setFull(null)}>
          {t('hide')}
        </Button>
      ) : (
        <Button size="sm" variant="ghost" className="h-auto px-1 py-0 text-xs" loading={pending} aria-label={t('showFor', { name })} title={t('audited')} onClick={show}>
          {t('show')}
        </Button>
      )}
      {problem ? (
        <span role="alert" className="text-red-700">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
