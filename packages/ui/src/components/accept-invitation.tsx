'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { errorInfo } from '../errors';
import { useTRPC } from '../trpc';
import { Button } from './button';
import { Card } from './card';
import { TextField } from './field';
import { Notice } from './notice';

/** The words the accept page needs; each portal passes its own translations (messages/<locale>/invite.json). */
export type AcceptInvitationKey =
  | 'title' | 'intro' | 'email' | 'role' | 'name' | 'password' | 'passwordHint' | 'confirmPassword' | 'submit'
  | 'totpTitle' | 'totpIntro' | 'totpSecret' | 'totpCode' | 'totpCodeHint'
  | 'expired' | 'accepted' | 'revoked' | 'notFound' | 'rateLimited' | 'generic' | 'signIn' | 'done' | 'loading'
  | 'nameRequired' | 'passwordShort' | 'passwordMismatch' | 'codeFormat' | 'codeWrong' | 'accountExists'
  | 'roles.support' | 'roles.claims_reviewer' | 'roles.finance' | 'roles.superadmin' | 'roles.pharmacist' | 'roles.manager';

type Errors = Partial<Record<'name' | 'password' | 'confirm' | 'totpCode', string>>;

const MIN_PASSWORD = 12;

/**
 * The public page behind an invitation link: shows whether the link still works, then the invitee sets their
 * name and password (and, for two-step roles, scans a new authenticator secret and proves it with a code) and
 * is sent to sign in. Shared by the staff and pharmacy portals.
 */
export function AcceptInvitation({ token, t, signInPath = '/signin', renderQr }: {
  token: string;
  t: (key: AcceptInvitationKey, values?: Record<string, string>) => string;
  signInPath?: string;
  /** Draws the otpauth URI as a QR code (the staff portal has the encoder). */
  renderQr?: (uri: string) => ReactNode;
}) {
  const trpc = useTRPC();
  const invitation = useQuery({ ...trpc.invitations.inspect.queryOptions({ token }), retry: false, refetchOnWindowFocus: false });
  const totp = useMutation(trpc.invitations.startTotp.mutationOptions());
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const needsTotp = invitation.data?.status === 'pending' && invitation.data.requiresTotp;
  const startTotp = totp.mutate;
  useEffect(() => {
    if (needsTotp) startTotp({ token });
  }, [needsTotp, startTotp, token]);

  const signInLink = (
    <a href={signInPath} className="mt-2 inline-block font-medium text-teal-800 underline">
      {t('signIn')}
    </a>
  );
  const problem = (error: unknown) => {
    const c = errorInfo(error).code;
    if (c === 'INVITATION_NOT_FOUND' || c === 'NOT_FOUND') return t('notFound');
    if (c === 'RATE_LIMITED') return t('rateLimited');
    if (c === 'INVITATION_EXPIRED') return t('expired');
    if (c === 'INVITATION_USED') return t('accepted');
    if (c === 'INVITATION_REVOKED') return t('revoked');
    if (c === 'ACCOUNT_EXISTS') return t('accountExists');
    return t('generic');
  };

  if (invitation.isPending) return <div role="status" aria-label={t('loading')} className="h-64 animate-pulse rounded-2xl bg-slate-200" />;
  if (invitation.isError) return <Notice tone="error" title={problem(invitation.error)} />;
  const inv = invitation.data;
  if (inv.status !== 'pending') {
    return (
      <Notice tone={inv.status === 'accepted' ? 'info' : 'error'} title={t(inv.status)}>
        {signInLink}
      </Notice>
    );
  }
  if (accept.isSuccess) {
    return (
      <Notice tone="info" title={t('done')}>
        {signInLink}
      </Notice>
    );
  }

  const roleKey = `roles.${inv.role === 'pharmacist' && inv.pharmacyRole === 'manager' ? 'manager' : inv.role}` as AcceptInvitationKey;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (name.trim().length < 2) next.name = t('nameRequired');
    if (password.length < MIN_PASSWORD) next.password = t('passwordShort');
    else if (password !== confirm) next.confirm = t('passwordMismatch');
    if (needsTotp && !/^\d{6}$/.test(code.trim())) next.totpCode = t('codeFormat');
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length > 0) return;
    accept.mutate(
      { token, name: name.trim(), password, ...(needsTotp ? { totpCode: code.trim() } : {}) },
      {
        onSuccess: () => window.setTimeout(() => window.location.assign(signInPath), 1500),
        onError: (error) => {
          const info = errorInfo(error);
          if (info.fieldErrors.some((f) => f.path === 'totpCode')) setErrors({ totpCode: t('codeWrong') });
          else if (info.fieldErrors.some((f) => f.path === 'password')) setErrors({ password: t('passwordShort') });
          else setFailure(problem(error));
        },
      },
    );
  };

  return (
    <Card title={t('title')} titleId="accept-invitation-heading">
      <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">{t('email')}</dt>
        <dd dir="ltr" className="text-start font-medium">{inv.email}</dd>
        <dt className="text-slate-500">{t('role')}</dt>
        <dd className="font-medium">{t(roleKey)}</dd>
      </dl>
      {failure ? (
        <div className="mb-4">
          <Notice tone="error" title={failure} />
        </div>
      ) : null}
      <form noValidate onSubmit={submit} aria-labelledby="accept-invitation-heading" className="space-y-4">
        <input type="email" name="username" autoComplete="username" value={inv.email} readOnly hidden />
        <TextField label={t('name')} autoComplete="name" maxLength={120} error={errors.name} value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          label={t('password')}
          hint={t('passwordHint')}
          type="password"
          autoComplete="new-password"
          maxLength={200}
          error={errors.password}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          label={t('confirmPassword')}
          type="password"
          autoComplete="new-password"
          maxLength={200}
          error={errors.confirm}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {needsTotp ? (
          <fieldset className="space-y-3 rounded-xl border border-slate-200 p-4">
            <legend className="px-1 text-sm font-semibold">{t('totpTitle')}</legend>
            <p className="text-sm text-slate-600">{t('totpIntro')}</p>
            {totp.data ? (
              <>
                {renderQr ? renderQr(totp.data.uri) : null}
                <p className="text-sm">
                  {t('totpSecret')}{' '}
                  <code dir="ltr" className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">
                    {totp.data.secret}
                  </code>
                </p>
              </>
            ) : totp.isError ? (
              <Notice tone="error" title={problem(totp.error)} />
            ) : (
              <div role="status" aria-label={t('loading')} className="h-24 animate-pulse rounded-xl bg-slate-100" />
            )}
            <TextField
              label={t('totpCode')}
              hint={t('totpCodeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              dir="ltr"
              error={errors.totpCode}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </fieldset>
        ) : null}
        <Button type="submit" loading={accept.isPending}>
          {t('submit')}
        </Button>
      </form>
    </Card>
  );
}
