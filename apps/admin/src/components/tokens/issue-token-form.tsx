'use client';

import { Button, Card, englishMessageFor, errorInfo, SelectField, TextField, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { NewTokenSecret, type IssuedToken } from './new-token-secret';
import type { Pharmacy } from './token-status';

type Field = 'pharmacyId' | 'userId' | 'name' | 'expiresInDays';
type Errors = Partial<Record<Field, string>>;

const DEFAULT_DAYS = '365';

/** Issue a REST token scoped to one pharmacy and acting as one of its pharmacists; then show its secret once. */
export function IssueTokenForm({ pharmacies }: { pharmacies: Pharmacy[] }) {
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
    if (!pharmacy) next.pharmacyId = 'Choose the pharmacy the token is for.';
    else if (pharmacists.length === 0) next.userId = 'This pharmacy has no pharmacist: a token must act as one.';
    else if (!pharmacists.some((u) => u.id === userId)) next.userId = 'Choose the pharmacist the token acts as.';
    if (!name.trim()) next.name = 'Name the token, e.g. after the software that will use it.';
    const n = Number(days.trim());
    if (!/^\d{1,4}$/.test(days.trim()) || n < 1 || n > 3650) next.expiresInDays = 'A whole number of days from 1 to 3650.';
    setErrors(next);
    if (Object.keys(next).length > 0 || !pharmacy) return;

    issue.mutate(
      { pharmacyId: pharmacy.id, userId, name: name.trim(), expiresInDays: n },
      {
        onSuccess: async ({ token, apiToken }) => {
          setIssued({ token, name: apiToken.name, pharmacyName: pharmacy.name });
          setPharmacyId('');
          setUserId('');
          setName('');
          setDays(DEFAULT_DAYS);
          toast.success(`Token “${apiToken.name}” issued for ${pharmacy.name}`);
          await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
        },
        onError: (error) => {
          const info = errorInfo(error);
          const at: Errors = {};
          for (const f of info.fieldErrors) {
            if (f.path === 'userId') at.userId = 'Not a pharmacist of this pharmacy.';
            else if (f.path === 'name') at.name = 'Use 1 to 100 characters.';
            else if (f.path === 'expiresInDays') at.expiresInDays = 'A whole number of days from 1 to 3650.';
          }
          setErrors(at);
          toast.error(englishMessageFor(error));
        },
      },
    );
  };

  return (
    <Card title="Issue a token" titleId="issue-token-heading">
      {issued ? (
        <NewTokenSecret issued={issued} onDone={() => setIssued(null)} />
      ) : (
        <form noValidate onSubmit={submit} aria-labelledby="issue-token-heading" className="space-y-4">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField label="Pharmacy" error={errors.pharmacyId} value={pharmacyId} onChange={(e) => choosePharmacy(e.target.value)}>
              <option value="">Choose a pharmacy…</option>
              {pharmacies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.city}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Acts as pharmacist"
              hint="Claims sent with the token are filed in this pharmacist's name."
              error={errors.userId}
              disabled={!pharmacy || pharmacists.length === 0}
              value={userId}
              onChange={(e) => changed(setUserId)(e.target.value)}
            >
              <option value="">{pharmacy && pharmacists.length === 0 ? 'No pharmacists here' : 'Choose a pharmacist…'}</option>
              {pharmacists.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} · {u.id}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Name"
              hint="What it is for, e.g. “Dispensing system, Maadi branch”."
              error={errors.name}
              maxLength={100}
              autoComplete="off"
              value={name}
              onChange={(e) => changed(setName)(e.target.value)}
            />
            <TextField
              label="Expires after (days)"
              inputMode="numeric"
              hint="365 by default; at most 3650."
              error={errors.expiresInDays}
              value={days}
              onChange={(e) => changed(setDays)(e.target.value)}
            />
          </div>
          <Button type="submit" loading={issue.isPending}>
            Issue token
          </Button>
        </form>
      )}
    </Card>
  );
}
