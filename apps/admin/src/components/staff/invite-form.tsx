'use client';

import { Card, ChoiceField, errorInfo, PORTAL_LOCALES, SelectField, SubmitRow, TextField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { inviteForm, STAFF_ROLE_CHOICES, type InviteErrorKey, type InviteFormInput } from './invite-form-schema';
import { useStaffScreen } from './staff-text';

export interface InvitePrefill {
  kind: 'staff' | 'pharmacist';
  pharmacyId?: string;
}

/**
 * Invite by email: superadmins invite staff (with a role) or pharmacists; support invites pharmacists only.
 * `prefill` comes from the URL (`?invite=pharmacist&pharmacyId=…`, the pharmacy screen links here).
 */
export function InviteForm({ canInviteStaff, prefill }: { canInviteStaff: boolean; prefill?: InvitePrefill }) {
  const { locale, roleName, errorText } = useStaffScreen();
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const pharmacies = useQuery(trpc.pharmacies.list.queryOptions({ limit: 100 }));
  const form = useForm<InviteFormInput>({
    resolver: zodResolver(inviteForm),
    mode: 'onTouched',
    defaultValues: {
      kind: canInviteStaff ? (prefill?.kind ?? 'staff') : 'pharmacist',
      email: '', role: 'support', pharmacyId: prefill?.pharmacyId ?? '', asManager: false, locale,
    },
  });
  const kind = form.watch('kind');
  const role = form.watch('role');
  const send = useMutation({
    mutationFn: (v: InviteFormInput) =>
      v.kind === 'staff'
        ? client.invitations.inviteStaff.mutate({ email: v.email, role: v.role, locale: v.locale })
        : client.invitations.invitePharmacist.mutate({ email: v.email, pharmacyId: v.pharmacyId, asManager: v.asManager, locale: v.locale }),
  });
  const err = (name: 'email' | 'pharmacyId' | 'asManager') => {
    const message = form.formState.errors[name]?.message;
    if (!message) return undefined;
    return message.startsWith('server:') ? message.slice('server:'.length) : t(`errors.${message as InviteErrorKey}`);
  };

  const onSubmit = (values: InviteFormInput) =>
    send.mutate(values, {
      onSuccess: async ({ invitation, emailSent }) => {
        if (emailSent) toast.success(t('invite.sent', { email: invitation.email }));
        else toast.warning(t('invite.notSent', { email: invitation.email }));
        form.reset({ ...values, email: '', asManager: false });
        await queryClient.invalidateQueries(trpc.invitations.list.pathFilter());
      },
      onError: (error) => {
        const info = errorInfo(error);
        const text = errorText(error);
        if (info.code === 'ACCOUNT_EXISTS') form.setError('email', { message: `server:${text}` });
        for (const f of info.fieldErrors) {
          if (f.path === 'email' || f.path === 'pharmacyId' || f.path === 'asManager') form.setError(f.path, { message: `server:${f.message}` });
        }
        toast.error(text);
      },
    });

  const pharmacyName = (p: { nameEn: string; nameAr: string }) => (locale === 'ar' ? p.nameAr : p.nameEn);
  return (
    <Card title={t('invite.title')} titleId="invite-heading">
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} aria-labelledby="invite-heading" className="grid gap-4 sm:grid-cols-2">
        {canInviteStaff ? (
          <SelectField label={t('invite.kindLabel')} {...form.register('kind')}>
            <option value="staff">{t('invite.kindStaff')}</option>
            <option value="pharmacist">{t('invite.kindPharmacist')}</option>
          </SelectField>
        ) : null}
        <TextField label={t('invite.email')} type="email" dir="ltr" autoComplete="off" error={err('email')} {...form.register('email')} />
        {kind === 'staff' ? (
          <SelectField label={t('invite.role')} hint={role === 'superadmin' || role === 'finance' ? t('invite.twoStepNote') : undefined} {...form.register('role')}>
            {STAFF_ROLE_CHOICES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <SelectField label={t('invite.pharmacy')} error={err('pharmacyId')} disabled={pharmacies.isPending} {...form.register('pharmacyId')}>
              <option value="">{t('invite.choosePharmacy')}</option>
              {(pharmacies.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {pharmacyName(p)} · {p.city}
                </option>
              ))}
            </SelectField>
            <label className="flex items-start gap-2 self-end text-sm sm:col-span-2">
              <input type="checkbox" className="mt-1 size-4 accent-teal-700" {...form.register('asManager')} />
              <span>{t('invite.asManager')}</span>
            </label>
            {err('asManager') ? <p className="text-sm text-red-700 sm:col-span-2">{err('asManager')}</p> : null}
          </>
        )}
        <ChoiceField label={t('invite.locale')} choices={PORTAL_LOCALES} choiceLabel={(l) => t(l === 'ar' ? 'invite.localeAr' : 'invite.localeEn')} {...form.register('locale')} />
        <SubmitRow label={t('invite.submit')} busy={send.isPending} />
      </form>
    </Card>
  );
}
