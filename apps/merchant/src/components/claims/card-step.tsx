'use client';

import { Button, Card, inputKinds, LoadingBlock, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { CardSummary, type LookedUpCard } from './card-summary';

/** Step 1: the card number as typed, then the card as the counter needs it. */
export function CardStep({ typed, onType, error, onLookUp, looking, pending, card }: {
  typed: string;
  onType: (value: string) => void;
  error: string | undefined;
  onLookUp: (e: FormEvent) => void;
  /** A lookup is on its way (the button spins). */
  looking: boolean;
  /** No answer yet for the number asked (a placeholder shows). */
  pending: boolean;
  card: LookedUpCard | undefined;
}) {
  const t = useTranslations('claims.form');
  return (
    <Card title={t('cardStep')} titleId="card-step">
      <form noValidate onSubmit={onLookUp} role="search" aria-label={t('findCard')} className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="sm:w-80">
          <TextField label={t('cardNumber')} hint={t('cardHint')} {...inputKinds.reference} error={error} value={typed} onChange={(e) => onType(e.target.value)} />
        </div>
        <Button type="submit" className="sm:mt-[1.625rem]" loading={looking}>
          {t('lookUp')}
        </Button>
      </form>
      {pending ? <LoadingBlock label={t('lookingUp')} soft className="mt-4 h-28" /> : null}
      {card ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <CardSummary card={card} />
        </div>
      ) : null}
    </Card>
  );
}
