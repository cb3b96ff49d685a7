'use client';

import { Button, Card, ChoiceField, TextField, useSearchDraft } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { cardDigits } from '@/lib/claim-form';
import { hasSearch, SEARCH_STATUSES, searchFromParams, searchToParams, type ClaimSearch as Search } from '@/lib/claim-search';
import { useClaimText } from '../text/use-claim-text';
import { ClaimSearchResults } from './claim-search-results';

/** Find the pharmacy's claims by card, prescription, patient, status and days; the search lives in the URL. */
export function ClaimSearch() {
  const t = useTranslations('summary.search');
  const text = useClaimText();
  const router = useRouter();
  const pathname = usePathname();
  const { applied, formKey, field, draftOf } = useSearchDraft(useSearchParams(), searchFromParams);
  const [errors, setErrors] = useState<{ card?: string; range?: string }>({});

  const go = (s: Search) => {
    const qs = searchToParams(s).toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = draftOf(e.currentTarget);
    const card = form.card?.trim() && !cardDigits(form.card) ? t('cardInvalid') : undefined;
    const range = form.from && form.to && form.from > form.to ? t('rangeOrder') : undefined;
    setErrors({ card, range });
    if (!card && !range) go(form);
  };

  return (
    <section aria-labelledby="search-heading" className="space-y-4">
      <Card title={t('title')} titleId="search-heading">
        <form key={formKey} role="search" aria-label={t('form')} noValidate onSubmit={submit} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <TextField label={t('cardNumber')} dir="ltr" autoComplete="off" spellCheck={false} maxLength={40} error={errors.card} {...field('card')} />
          <TextField label={t('prescriptionId')} hint={t('prescriptionHint')} autoComplete="off" spellCheck={false} maxLength={100} {...field('rx')} />
          <TextField label={t('patientName')} autoComplete="off" maxLength={100} {...field('patient')} />
          <ChoiceField label={t('status')} {...field('status')} all={t('allStatuses')} choices={SEARCH_STATUSES} choiceLabel={text.status} />
          <TextField label={t('from')} type="date" error={errors.range} {...field('from')} />
          <TextField label={t('to')} type="date" {...field('to')} />
          <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
            <Button type="submit">{t('submit')}</Button>
            {hasSearch(applied) ? (
              <Button
                variant="ghost"
                onClick={() => {
                  setErrors({});
                  go({});
                }}
              >
                {t('clear')}
              </Button>
            ) : null}
          </div>
        </form>
      </Card>
      {hasSearch(applied) ? <ClaimSearchResults search={applied} /> : null}
    </section>
  );
}
