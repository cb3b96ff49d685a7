'use client';

import { Button } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { FormEvent, ReactNode } from 'react';

/** The frame of each decision: its fields, a confirm button and Cancel. */
export function DecisionForm({ label, confirm, danger, pending, onSubmit, onCancel, children }: {
  label: string;
  confirm: string;
  danger?: boolean;
  pending: boolean;
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('insurance.review');
  return (
    <form noValidate onSubmit={onSubmit} aria-label={label} className="space-y-3 rounded-xl bg-slate-50 p-3">
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={danger ? 'danger' : 'primary'} loading={pending}>
          {confirm}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
