'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  formatDate,
  formatEgyptianMobile,
  normalizeEgyptianMobile,
  SelectField,
  TextField,
  toAsciiDigits,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { usePortalLocale } from './medcard-text';
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

/** Refusals with a wording of their own in `members.errors`. */
const explained = ['DATE_OF_BIRTH_MISMATCH', 'MOBILE_REQUIRED', 'BENEFICIARY_LIMIT_REACHED', 'BENEFICIARY_NOT_ELIGIBLE', 'DUPLICATE_NATIONAL_ID', 'INVALID_NATIONAL_ID'] as const;

/** The people a card covers: the holder first; staff add a spouse, children or parents, and remove them. */
export function BeneficiariesCard({ card }: { card: CardDetail }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const client = useTRPCClient();
  const open = card.status !== 'closed' && card.status !== 'expired';
  const remove = useCardCommand((input: RouterInputs['beneficiaries']['remove'], key: string) =>
    client.beneficiaries.remove.mutate(input, withIdempotencyKey(key)),
  );
  const [removing, setRemoving] = useState<Member | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <Card
      title={t('members.title')}
      titleId="members-heading"
      actions={
        open && !adding ? (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            {t('members.add')}
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
                  <bdi>{b.name}</bdi> <span className="font-normal text-slate-500">· {t(`members.relationships.${b.relationship}`)}</span>
                </p>
                <p className="text-xs text-slate-600">
                  <NationalId cardId={card.cardId} beneficiaryId={b.beneficiaryId} name={b.name} masked={b.nationalIdMasked} /> · {t('members.born', { date: formatDate(`${b.dateOfBirth}T12:00:00Z`, locale) })} ·{' '}
                  {t(b.gender === 'female' ? 'members.female' : 'members.male')}
                  {b.mobile ? (
                    <>
                      {' '}
                      · <bdi className="tabular-nums">{formatEgyptianMobile(b.mobile)}</bdi>
                    </>
                  ) : null}
                </p>
              </div>
              {open && b.relationship !== 'self' && removing?.beneficiaryId !== b.beneficiaryId ? (
                <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" aria-label={t('members.removeFor', { name: b.name })} onClick={() => setRemoving(b)}>
                  {t('members.remove')}
                </Button>
              ) : null}
            </div>
            {removing?.beneficiaryId === b.beneficiaryId ? (
              <div className="mt-2 rounded-xl bg-red-50 p-3">
                <p>{t.rich('members.removeQuestion', { name: b.name, b: (chunks) => <bdi className="font-bold">{chunks}</bdi> })}</p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="danger"
                    loading={remove.isPending}
                    onClick={() => remove.send({ cardId: card.cardId, beneficiaryId: b.beneficiaryId }, { success: t('members.removed', { name: b.name }), onDone: () => setRemoving(null) })}
                  >
                    {t('members.confirmRemove')}
                  </Button>
                  <Button size="sm" variant="secondary" disabled={remove.isPending} onClick={() => setRemoving(null)}>
                    {t('cancel')}
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
  const t = useTranslations('medcards');
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
    if (!name) next.name = t('members.errors.name');
    if (!/^\d{14}$/.test(nationalId)) next.nationalId = t('members.errors.nationalId');
    let mobile: string | undefined;
    if (fields.mobile.trim()) {
      const m = normalizeEgyptianMobile(fields.mobile);
      if (m) mobile = m;
      else next.mobile = t('members.errors.mobile');
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
        success: t('members.added', { name }),
        onDone: onClose,
        onRefused: (info) => {
          const field = fieldOf[info.code] ?? (info.fieldErrors[0]?.path as Field | undefined);
          if (field && ['relationship', 'name', 'nationalId', 'dateOfBirth', 'mobile'].includes(field)) {
            setErrors({ [field]: (explained as readonly string[]).includes(info.code) ? t(`members.errors.${info.code as (typeof explained)[number]}`) : t('members.checkThis') });
          }
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('members.form')} className="mt-4 space-y-3 rounded-xl border border-slate-200 p-4">
      <h3 className="text-sm font-semibold">{t('members.formTitle')}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t('members.relationship')} error={errors.relationship} value={fields.relationship} onChange={set('relationship')}>
          <option value="spouse">{t('members.relationships.spouse')}</option>
          <option value="child">{t('members.childUnder26')}</option>
          <option value="parent">{t('members.relationships.parent')}</option>
        </SelectField>
        <TextField label={t('members.name')} autoComplete="off" maxLength={200} error={errors.name} value={fields.name} onChange={set('name')} />
        <TextField label={t('members.nationalId')} inputMode="numeric" autoComplete="off" dir="ltr" error={errors.nationalId} value={fields.nationalId} onChange={set('nationalId')} />
        <TextField label={t('members.dateOfBirth')} type="date" hint={t('members.dateOfBirthHint')} error={errors.dateOfBirth} value={fields.dateOfBirth} onChange={set('dateOfBirth')} />
        <TextField label={t('members.mobile')} type="tel" inputMode="tel" hint={t('members.mobileHint')} dir="ltr" error={errors.mobile} value={fields.mobile} onChange={set('mobile')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={add.isPending}>
          {t('members.submit')}
        </Button>
        <Button variant="secondary" disabled={add.isPending} onClick={onClose}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
