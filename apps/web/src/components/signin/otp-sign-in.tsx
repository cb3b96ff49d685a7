'use client';

import { CodeStep, credentialsSignIn, FormAlert, minutesFrom, otpTextFrom, PhoneStep, useOtpFlow, useTRPCClient, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

/** Patients sign in with their mobile number and the 6-digit code sent to it by SMS. */
export function OtpSignIn() {
  const t = useTranslations('signin');
  const locale = useLocale();
  const client = useTRPCClient();
  const text = otpTextFrom(t as unknown as Translate);
  const flow = useOtpFlow(text, (phone) => client.auth.requestOtp.mutate({ phone }));
  const { step } = flow;

  const verify = async () => {
    if (step.kind !== 'code') return;
    const digits = flow.digits();
    if (!digits) return;
    await flow.run(async () => {
      const outcome = await credentialsSignIn('otp', { phone: step.phone, code: digits }, `/${locale}/signed-in`);
      if (outcome.ok) {
        window.location.assign(outcome.url);
        return 'leaving';
      }
      if (outcome.code === 'rate_limited') flow.setError(t('tooManyTries', { minutes: minutesFrom(outcome.retryAfterSeconds) }));
      else if (outcome.code === 'code_expired') flow.setError(t('codeExpired'));
      else if (outcome.code === 'invalid_code' || outcome.code === 'invalid_input') flow.setError(t('wrongCode'));
      else flow.setError(t('unavailable'));
    }, () => t('unavailable'));
  };

  const alert = <FormAlert error={flow.error} />;
  if (step.kind === 'phone') return <PhoneStep flow={flow} text={text} alert={alert} />;
  return (
    <CodeStep flow={flow} phone={step.phone} text={text} submit={t('signIn')} busy={flow.busy} alert={alert} onSubmit={() => void verify()}>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" className="text-teal-800 underline" disabled={flow.busy} onClick={() => void flow.sendCode()}>
          {t('resend')}
        </button>
        <button type="button" className="text-teal-800 underline" onClick={flow.changePhone}>
          {t('changePhone')}
        </button>
      </div>
    </CodeStep>
  );
}
