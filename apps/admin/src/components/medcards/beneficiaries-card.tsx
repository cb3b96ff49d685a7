'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  formatDate,
  formatEgyptianMobile,
  normalizeEgyptianMobile,
  relationshipLabel,
  SelectField,
  TextField,
  toAsciiDigits,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useState, type FormEvent } from 'react';
import { NationalId } from './national-id';
import { useCardCommand } from './use-card-command';

type CardDetail = RouterOutputs['medcard']['get'];
type Member = CardDetail['beneficiaries'][number];
type AddInput = RouterInputs['beneficiaries']['add'];
type Relationship = AddInput['relationship'];
type Field = 'relationship' | 'name' | 'nationalId' | 'dateOfBirth' | 'mobile';

/** Server codes → the field they are about. */
const fieldOf: Partial<Record<string, Field>> = {
  INVALID_NATIONAL_ID: 'nationalId',
  DUPLICATE_NATIONAL_ID: 'nationalId',
  DATE_OF_BIRTH_MISMATCH: 'dateOfBirth',
  MOBILE_REQUIRED: 'mobile',
  INVALID_MOBILE: 'mobile',
  BENEFICIARY_LIMIT_REACHED: 'relationship',
  BENEFICIARY_NOT_ELIGIBLE: 'relationship',
  INVALID_BENEFICIARY: 'name',
};

/** The people a card covers: the holder first; staff add a spouse, children or parents, and remove them. */
export function BeneficiariesCard({ card }: { card: CardDetail }) {
  const client = useTRPCClient();
  const open = card.status !== 'closed' && card.status !== 'expired';
  const remove = useCardCommand((input: RouterInputs['beneficiaries']['remove'], key: string) =>
    client.beneficiaries.remove.mutate(input, withIdempotencyKey(key)),
  );
  const [removing, setRemoving] = useState<Member | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <Card
      title="Beneficiaries"
      titleId="members-heading"
      actions={
        open && !adding ? (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            Add member
          </Button>
        ) : null
      }
    >
      <ul aria-labelledby="members-heading" className="divide-y divide-slate-100">
        {card.beneficiaries.map((b) => (
          <li key={b.beneficiaryId} className="py-3 text-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {b.name} <span className="font-normal text-slate-500">· {relationshipLabel(b.relationship)}</span>
                </p>
                <p className="text-xs text-slate-600">
                  <NationalId cardId={card.cardId} beneficiaryId={b.beneficiaryId} name={b.name} masked={b.nationalIdMasked} /> · born {formatDate(`${b.dateOfBirth}T12:00:00Z`, 'en')} ·{' '}
                  {b.gender === 'female' ? 'female' : 'male'}
                  {b.mobile ? (
                    <>
                      {' '}
                      · <span className="tabular-nums">{formatEgyptianMobile(b.mobile)}</span>
                    </>
                  ) : null}
                </p>
              </div>
              {open && b.relationship !== 'self' && removing?.beneficiaryId !== b.beneficiaryId ? (
                <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" aria-label={`Remove ${b.name}`} onClick={() => setRemoving(b)}>
                  Remove
                </Button>
              ) : null}
            </div>
            {removing?.beneficiaryId === b.beneficiaryId ? (
              <div className="mt-2 rounded-xl bg-red-50 p-3">
                <p>
                  Remove <strong>{b.name}</strong> from the card? Their claims stay on record; they can be added again later.
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="danger"
                    loading={remove.isPending}
                    onClick={() => remove.send({ cardId: card.cardId, beneficiaryId: b.beneficiaryId }, { success: `${b.name} removed from the card`, onDone: () => setRemoving(null) })}
                  >
                    Confirm removal
                  </Button>
                  <Button size="sm" variant="secondary" disabled={remove.isPending} onClick={() => setRemoving(null)}>
                    Cancel
                  </Button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {adding ? <AddMemberForm cardId={card.cardId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

function AddMemberForm({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const client = useTRPCClient();
  const add = useCardCommand((input: AddInput, key: string) => client.beneficiaries.add.mutate(input, withIdempotencyKey(key)));
  const [fields, setFields] = useState<Record<Field, string>>({ relationship: 'child', name: '', nationalId: '', dateOfBirth: '', mobile: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [field]: e.target.value }));
    setErrors((er) => ({ ...er, [field]: undefined }));
    add.changed();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const name = fields.name.trim();
    const nationalId = toAsciiDigits(fields.nationalId).replace(/\s/g, '');
    if (!name) next.name = 'Enter their full name.';
    if (!/^\d{14}$/.test(nationalId)) next.nationalId = 'A national ID is 14 digits.';
    let mobile: string | undefined;
    if (fields.mobile.trim()) {
      const m = normalizeEgyptianMobile(fields.mobile);
      if (m) mobile = m;
      else next.mobile = 'Enter an Egyptian mobile number, e.g. 01012345678.';
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    add.send(
      {
        cardId,
        relationship: fields.relationship as Relationship,
        name,
        nationalId,
        ...(fields.dateOfBirth && { dateOfBirth: fields.dateOfBirth }),
        ...(mobile && { mobile }),
      },
      {
        success: `${name} added to the card`,
        onDone: onClose,
        onRefused: (info) => {
          const field = fieldOf[info.code] ?? (info.fieldErrors[0]?.path as Field | undefined);
          const messages: Partial<Record<string, string>> = {
            DATE_OF_BIRTH_MISMATCH: 'This date does not match the birth date in the national ID. Leave it empty to use that one.',
            MOBILE_REQUIRED: 'A mobile number is required from age 18.',
            BENEFICIARY_LIMIT_REACHED: 'The card already has as many of these as allowed (one spouse, two parents).',
            BENEFICIARY_NOT_ELIGIBLE: 'Children are covered until age 26.',
            DUPLICATE_NATIONAL_ID: 'Someone with this national ID is already on the card.',
            INVALID_NATIONAL_ID: 'This national ID is not valid.',
          };
          if (field && ['relationship', 'name', 'nationalId', 'dateOfBirth', 'mobile'].includes(field)) {
            setErrors({ [field]: messages[info.code] ?? info.fieldErrors[0]?.message ?? 'Check this.' });
          }
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Add member" className="mt-4 space-y-3 rounded-xl border border-slate-200 p-4">
      <h3 className="text-sm font-semibold">Add a member</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Relationship" error={errors.relationship} value={fields.relationship} onChange={set('relationship')}>
          <option value="spouse">Spouse</option>
          <option value="child">Child (under 26)</option>
          <option value="parent">Parent</option>
        </SelectField>
        <TextField label="Full name" autoComplete="off" maxLength={200} error={errors.name} value={fields.name} onChange={set('name')} />
        <TextField label="National ID" inputMode="numeric" autoComplete="off" dir="ltr" error={errors.nationalId} value={fields.nationalId} onChange={set('nationalId')} />
        <TextField label="Date of birth" type="date" hint="Optional: read from the national ID." error={errors.dateOfBirth} value={fields.dateOfBirth} onChange={set('dateOfBirth')} />
        <TextField label="Mobile" type="tel" inputMode="tel" hint="Required from age 18." dir="ltr" error={errors.mobile} value={fields.mobile} onChange={set('mobile')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={add.isPending}>
          Add to card
        </Button>
        <Button variant="secondary" disabled={add.isPending} onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
