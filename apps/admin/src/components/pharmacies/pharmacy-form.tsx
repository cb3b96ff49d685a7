'use client';

import { governorateCodes, governorateNames, parseEgyptianIban, type Governorate } from '@healthpay/domain';
import { Card, errorInfo, inputKinds, isClientError, SelectField, SubmitRow, TextAreaField, TextField, toast, useSubmissionKey, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { pharmacyForm, type FormErrorKey, type PharmacyFormInput } from './pharmacy-form-schema';
import { usePharmacyScreen } from './pharmacy-text';

const fields = ['nameEn', 'nameAr', 'licenceNumber', 'commercialRegistration', 'governorate', 'city', 'address', 'iban'] as const;

/** Support and superadmins register a pharmacy; it starts pending. */
export function PharmacyForm() {
  const { t, locale, errorText } = usePharmacyScreen();
  const client = useTRPCClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  const form = useForm<PharmacyFormInput>({
    resolver: zodResolver(pharmacyForm),
    mode: 'onTouched',
    defaultValues: { nameEn: '', nameAr: '', licenceNumber: '', commercialRegistration: '', governorate: '', city: '', address: '', iban: '' },
  });
  const create = useMutation({
    mutationFn: (v: PharmacyFormInput) =>
      client.pharmacies.create.mutate({ ...v, governorate: v.governorate as Governorate }, withIdempotencyKey(submission.key())),
  });
  const err = (name: (typeof fields)[number]) => {
    const message = form.formState.errors[name]?.message;
    if (!message) return undefined;
    return message.startsWith('server:') ? message.slice('server:'.length) : t(`errors.${message as FormErrorKey}`);
  };
  const iban = form.watch('iban');
  const ibanOk = iban.trim() !== '' && parseEgyptianIban(iban).ok;

  const onSubmit = (values: PharmacyFormInput) =>
    create.mutate(values, {
      onSuccess: (p) => {
        toast.success(t('form.created', { name: locale === 'ar' ? p.nameAr : p.nameEn }));
        router.push(`/pharmacies/${encodeURIComponent(p.id)}`);
      },
      onError: (error) => {
        const info = errorInfo(error);
        const text = errorText(error);
        if (info.code === 'DUPLICATE_LICENCE_NUMBER') form.setError('licenceNumber', { message: `server:${text}` });
        else if (info.code === 'INVALID_IBAN') form.setError('iban', { message: `server:${text}` });
        for (const f of info.fieldErrors) {
          const name = fields.find((x) => x === f.path);
          if (name) form.setError(name, { message: `server:${text}` });
        }
        toast.error(text);
        if (isClientError(error)) submission.reset();
      },
    });

  return (
    <Card>
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('form.nameEn')} dir="ltr" lang="en" error={err('nameEn')} {...form.register('nameEn')} />
        <TextField label={t('form.nameAr')} dir="rtl" lang="ar" error={err('nameAr')} {...form.register('nameAr')} />
        <TextField label={t('form.licenceNumber')} hint={t('form.licenceHint')} {...inputKinds.reference} error={err('licenceNumber')} {...form.register('licenceNumber')} />
        <TextField label={t('form.commercialRegistration')} hint={t('form.crHint')} dir="ltr" {...inputKinds.count} error={err('commercialRegistration')} {...form.register('commercialRegistration')} />
        <SelectField label={t('form.governorate')} error={err('governorate')} {...form.register('governorate')}>
          <option value="">{t('form.chooseGovernorate')}</option>
          {governorateCodes.map((code) => (
            <option key={code} value={code}>
              {governorateNames[code][locale]}
            </option>
          ))}
        </SelectField>
        <TextField label={t('form.city')} error={err('city')} {...form.register('city')} />
        <div className="sm:col-span-2">
          <TextAreaField label={t('form.address')} rows={2} error={err('address')} {...form.register('address')} />
        </div>
        <div className="sm:col-span-2">
          <TextField
            label={t('form.iban')}
            hint={ibanOk ? t('form.ibanOk') : t('form.ibanHint')}
            {...inputKinds.reference}
            className="font-mono"
            error={err('iban')}
            {...form.register('iban')}
          />
        </div>
        <SubmitRow label={t('form.submit')} busy={create.isPending} />
      </form>
    </Card>
  );
}
