'use client';

import { Button, formatDate, TextField, toAsciiDigits } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Link } from '@/i18n/navigation';
import { detailsForm, nationalIdFacts, TERMS_VERSION, type DetailsFormInput, type DetailsFormOutput } from './register-schema';

type MessageKey = Parameters<ReturnType<typeof useTranslations<'register'>>>[0];

/** Names, national ID (birth date and gender shown back) and consent to the current terms. */
export function DetailsStep({ busy, onSubmit }: { busy: boolean; onSubmit: (values: DetailsFormOutput) => void }) {
  const t = useTranslations('register');
  const locale = useLocale();
  const form = useForm<DetailsFormInput, unknown, DetailsFormOutput>({
    resolver: zodResolver(detailsForm),
    defaultValues: { nameAr: '', nameEn: '', nationalId: '', consent: false },
  });
  const facts = nationalIdFacts(toAsciiDigits(form.watch('nationalId')));
  const err = (name: keyof DetailsFormInput) => {
    const message = form.formState.errors[name]?.message;
    return message ? t(message as MessageKey) : undefined;
  };

  return (
    <form onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="mt-6 space-y-4" noValidate>
      <TextField label={t('nameAr')} dir="rtl" lang="ar" autoComplete="name" error={err('nameAr')} {...form.register('nameAr')} />
      <TextField label={t('nameEn')} dir="ltr" lang="en" autoComplete="name" error={err('nameEn')} {...form.register('nameEn')} />
      <TextField
        label={t('nationalId')}
        hint={t('nationalIdHint')}
        dir="ltr"
        inputMode="numeric"
        maxLength={14}
        error={err('nationalId')}
        {...form.register('nationalId')}
      />
      {facts ? (
        <div className="rounded-xl border border-teal-200 bg-teal-50 p-3 text-sm text-teal-900" aria-live="polite">
          <p className="font-medium">{t('confirmTitle')}</p>
          <p>{t('birthDate', { date: formatDate(`${facts.birthDate}T12:00:00Z`, locale === 'ar' ? 'ar' : 'en') })}</p>
          <p>{t('gender', { gender: t(facts.gender) })}</p>
        </div>
      ) : null}
      <div className="space-y-1.5">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-1" {...form.register('consent')} />
          <span>{t('consent')}</span>
        </label>
        <Link href="/terms" target="_blank" className="text-sm text-teal-800 underline">
          {t('termsLink', { version: TERMS_VERSION })}
        </Link>
        {err('consent') ? <p className="text-sm text-red-700">{err('consent')}</p> : null}
      </div>
      <Button type="submit" loading={busy} className="w-full">
        {t('submit')}
      </Button>
    </form>
  );
}
