'use client';

import { createOrganizationInput, type CreateOrganizationInput } from '@healthpay/api/organizations';
import { Button, Card, errorInfo, SelectField, TextField, toast, useTRPCClient } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';

const fields = ['id', 'kind', 'name', 'nameAr'] as const;

/** Adds an employer or insurer, with the procedure's own schema. */
export function CreateOrganizationForm({ onCreated }: { onCreated: () => void }) {
  const t = useTranslations('organizations.create');
  const kinds = useTranslations('organizations.kinds');
  const locale = useLocale();
  const client = useTRPCClient();
  const form = useForm<CreateOrganizationInput>({
    resolver: zodResolver(createOrganizationInput),
    mode: 'onTouched',
    defaultValues: { id: '', kind: 'employer', name: '', nameAr: '' },
  });
  const create = useMutation({ mutationFn: (v: CreateOrganizationInput) => client.organizations.create.mutate(v) });
  const err = (name: (typeof fields)[number]) => {
    const e = form.formState.errors[name];
    if (!e) return undefined;
    return e.type === 'server' ? e.message : t('invalid');
  };
  const onSubmit = (v: CreateOrganizationInput) =>
    create.mutate(v, {
      onSuccess: (o) => {
        toast.success(t('created', { name: locale === 'ar' ? o.nameAr : o.name }));
        form.reset();
        onCreated();
      },
      onError: (error) => {
        const info = errorInfo(error);
        const exists = (info.code as string) === 'ORGANIZATION_EXISTS';
        if (exists) form.setError('id', { type: 'server', message: t('exists') });
        for (const f of info.fieldErrors) {
          const name = fields.find((x) => x === f.path);
          if (name) form.setError(name, { type: 'server', message: f.message });
        }
        toast.error(exists ? t('exists') : info.message);
      },
    });
  return (
    <Card title={t('heading')} titleId="create-organization-heading">
      <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" aria-labelledby="create-organization-heading">
        <TextField label={t('id')} hint={t('idHint')} dir="ltr" autoComplete="off" spellCheck={false} error={err('id')} {...form.register('id')} />
        <SelectField label={t('kind')} error={err('kind')} {...form.register('kind')}>
          <option value="employer">{kinds('employer')}</option>
          <option value="insurer">{kinds('insurer')}</option>
        </SelectField>
        <TextField label={t('name')} dir="ltr" error={err('name')} {...form.register('name')} />
        <TextField label={t('nameAr')} dir="rtl" lang="ar" error={err('nameAr')} {...form.register('nameAr')} />
        <Button type="submit" disabled={create.isPending}>
          {t('submit')}
        </Button>
      </form>
    </Card>
  );
}
