'use client';

import { Button, Notice, TextField, toast } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

export interface IssuedToken {
  token: string;
  name: string;
  pharmacyName: string;
}

/** The one time a token's secret is visible: only its SHA-256 is stored, so it cannot be shown again. */
export function NewTokenSecret({ issued, onDone }: { issued: IssuedToken; onDone: () => void }) {
  const t = useTranslations('tokens.secret');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.token);
      toast.success(t('copied'));
    } catch {
      toast.error(t('copyFailed'));
    }
  };
  return (
    <div className="space-y-4">
      <Notice tone="warning" title={t('warningTitle')}>
        {t.rich('warning', { pharmacy: issued.pharmacyName, bdi: (c) => <bdi>{c}</bdi> })}
      </Notice>
      <TextField
        label={t('label', { name: issued.name })}
        readOnly
        autoFocus
        spellCheck={false}
        dir="ltr"
        value={issued.token}
        onFocus={(e) => e.currentTarget.select()}
        className="font-mono text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void copy()}>{t('copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('stored')}
        </Button>
      </div>
    </div>
  );
}
