'use client';

import { Button, Card, ChoiceField, errorInfo, personName, TextField, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { NewTokenSecret, type IssuedToken } from './new-token-secret';
import type { Pharmacy } from './token-status';

type Field = 'pharmacyId' | 'userId' | 'name' | 'expiresInDays';
type Errors = Partial<Record<Field, string>>;

const DEFAULT_DAYS = '365';

/** A select's words for the row with `id` (pharmacies and pharmacists are chosen by id). */
const labelOf = <T extends { id: string }>(rows: readonly T[], id: string, label: (row: T) => string) => {
  const row = rows.find((r) => r.id === id);
  return row ? label(row) : id;
};

/** Issue a REST token scoped to one pharmacy and acting as one of its pharmacists; then show its secret once. */
export function IssueTokenForm({ pharmacies }: { pharmacies: Pharmacy[] }) {
  const t = useTranslations('tokens.issue');
  const errorText = useErrorText('tokens');
  const locale = usePageLocale();
  const pharmacyName = (p: Pharmacy) => personName(p, locale) ?? p.name;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pharmacyId, setPharmacyId] = useState('');
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [errors, setErrors] = useState<Errors>({});
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const issue = useMutation(trpc.tokens.issue.mutationOptions());

  const pharmacy = pharmacies.find((p) => p.id === pharmacyId);
  const pharmacists = pharmacy?.pharmacists ?? [];

  const changed = (set: (v: string) => void) => (v: string) => {
    set(v);
    setErrors({});
  };
  const choosePharmacy = (id: string) => {
    changed(setPharmacyId)(id);
    const only = pharmacies.find((p) => p.id === id)?.pharmacists;
    setUserId(only?.length === 1 && only[0] ? only[0].id : '');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!pharmacy) next.pharmacyId = t('errors.pharmacy');
    else if (pharmacists.length === 0) next.userId = t('errors.noPharmacist');
    else if (!pharmacists.some((u) => u.id === userId)) next.userId = t('errors.pharmacist');
    if (!name.trim()) next.name = t('errors.name');
    const n = Number(days.trim());
    if (!/^\d{1,4}$/.test(days.trim()) || n < 1 || n > 3650) next.expiresInDays = t('errors.days');
    setErrors(next);
    if (Object.keys(next).length > 0 || !pharmacy) return;

    issue.mutate(
      { pharmacyId: pharmacy.id, userId, name: name.trim(), expiresInDays: n },
      {
        onSuccess: async ({ token, apiToken }) => {
          setIssued({ token, name: apiToken.name, pharmacyName: pharmacyName(pharmacy) });
          setPharmacyId('');
          setUserId('');
          setName('');
          setDays(DEFAULT_DAYS);
          toast.success(t('done', { name: apiToken.name, pharmacy: pharmacy.name }));
          await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
        },
        onError: (error) => {
          const info = errorInfo(error);
          const at: Errors = {};
          for (const f of info.fieldErrors) {
            if (f.path === 'userId') at.userId = t('errors.notPharmacist');
            else if (f.path === 'name') at.name = t('errors.nameLength');
            else if (f.path === 'expiresInDays') at.expiresInDays = t('errors.days');
          }
          setErrors(at);
          toast.error(errorText(error));
        },
      },
    );
  };

  return (
    <Card title={t('title')} titleId="issue-token-heading">
      {issued ? (
        <NewTokenSecret issued={issued} onDone={() => setIssued(null)} />
      ) : (
        <form noValidate onSubmit={submit} aria-labelledby="issue-token-heading" className="space-y-4">
          <div className="grid gap-3 sm:grid-cols-2">
            <ChoiceField label={t('pharmacy')} error={errors.pharmacyId} value={pharmacyId} onChange={(e) => choosePharmacy(e.target.value)}
              all={t('choosePharmacy')} choices={pharmacies.map((p) => p.id)} choiceLabel={(id) => labelOf(pharmacies, id, (p) => `${pharmacyName(p)} · ${p.city}`)} />
            <ChoiceField label={t('actsAs')} hint={t('actsAsHint')} error={errors.userId} disabled={!pharmacy || pharmacists.length === 0} value={userId}
              onChange={(e) => changed(setUserId)(e.target.value)} all={pharmacy && pharmacists.length === 0 ? t('noPharmacists') : t('choosePharmacist')}
              choices={pharmacists.map((u) => u.id)} choiceLabel={(id) => labelOf(pharmacists, id, (u) => `${u.name} · ${u.id}`)} />
            <TextField
              label={t('name')}
              hint={t('nameHint')}
              error={errors.name}
              maxLength={100}
              autoComplete="off"
              value={name}
              onChange={(e) => changed(setName)(e.target.value)}
            />
            <TextField
              label={t('days')}
              inputMode="numeric"
              hint={t('daysHint')}
              error={errors.expiresInDays}
              value={days}
              onChange={(e) => changed(setDays)(e.target.value)}
            />
          </div>
          <Button type="submit" loading={issue.isPending}>
            {t('submit')}
          </Button>
        </form>
      )}
    </Card>
  );
}
