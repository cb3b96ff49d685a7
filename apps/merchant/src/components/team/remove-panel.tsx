'use client';

import { Button, TextAreaField } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

const reasonForm = z.object({ reason: z.string().trim().min(3, 'reason').max(500, 'reason') });
type ReasonInput = z.input<typeof reasonForm>;

/** The confirmation before removing a pharmacist: what happens, and why (audited). */
export function RemovePanel({ name, busy, onConfirm, onCancel }: { name: string; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const t = useTranslations('team');
  const form = useForm<ReasonInput>({ resolver: zodResolver(reasonForm), defaultValues: { reason: '' } });
  return (
    <form
      noValidate
      role="alertdialog"
      aria-label={t('members.remove')}
      onSubmit={(e) => void form.handleSubmit((v) => onConfirm(v.reason.trim()))(e)}
      className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-3 text-start"
    >
      <p className="text-sm text-red-900">{t('members.confirmRemove', { name })}</p>
      <TextAreaField
        label={t('members.reason')}
        hint={t('members.reasonHint')}
        rows={2}
        maxLength={500}
        error={form.formState.errors.reason ? t('errors.reason') : undefined}
        autoFocus
        {...form.register('reason')}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" size="sm" loading={busy}>
          {t('members.confirm')}
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={onCancel}>
          {t('members.cancel')}
        </Button>
      </div>
    </form>
  );
}
