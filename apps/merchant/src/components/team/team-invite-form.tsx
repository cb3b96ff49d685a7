'use client';

import { Card, ChoiceField, errorInfo, PORTAL_LOCALES, SubmitRow, TextField, toast, useTRPC } from '@healthpay/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useTeamErrorText, useTeamLocale } from './team-text';

const inviteForm = z.object({ email: z.string().trim().max(254, 'email').pipe(z.email('email')), locale: z.enum(['ar', 'en']) });
type InviteInput = z.input<typeof inviteForm>;

/** A manager invites a pharmacist to their own pharmacy (the API takes the pharmacy from the session). */
export function TeamInviteForm() {
  const t = useTranslations('team');
  const errorText = useTeamErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<InviteInput>({ resolver: zodResolver(inviteForm), mode: 'onTouched', defaultValues: { email: '', locale: useTeamLocale() } });
  const send = useMutation(trpc.invitations.invitePharmacist.mutationOptions());
  const emailError = form.formState.errors.email?.message;

  const onSubmit = (v: InviteInput) =>
    send.mutate(v, {
      onSuccess: async ({ invitation, emailSent }) => {
        if (emailSent) toast.success(t('invite.sent', { email: invitation.email }));
        else toast.warning(t('invite.notSent', { email: invitation.email }));
        form.reset({ ...v, email: '' });
        await queryClient.invalidateQueries(trpc.invitations.list.pathFilter());
      },
      onError: (error) => {
        const text = errorText(error);
        if (errorInfo(error).code === 'ACCOUNT_EXISTS') form.setError('email', { message: `server:${text}` });
        toast.error(text);
      },
    });

  return (
    <Card title={t('invite.title')} titleId="team-invite-heading">
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} aria-labelledby="team-invite-heading" className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('invite.email')}
          type="email"
          dir="ltr"
          autoComplete="off"
          error={emailError ? (emailError.startsWith('server:') ? emailError.slice(7) : t('errors.email')) : undefined}
          {...form.register('email')}
        />
        <ChoiceField label={t('invite.locale')} choices={PORTAL_LOCALES} choiceLabel={(l) => t(l === 'ar' ? 'invite.localeAr' : 'invite.localeEn')} {...form.register('locale')} />
        <SubmitRow label={t('invite.submit')} busy={send.isPending} />
      </form>
    </Card>
  );
}
