'use client';

import { CodeStep, credentialsSignIn, errorInfo, FormAlert, otpTextFrom, PhoneStep, toAsciiDigits, useOtpFlow, useTRPCClient, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { DetailsStep } from './details-step';
import { TERMS_VERSION, type DetailsFormOutput } from './register-schema';

type LaterStep = { kind: 'details'; phone: string; code: string } | { kind: 'done' };

/**
 * Phone → code → details and consent → account, wallet and session. The code is checked by the last call
 * (registration.complete), which returns a fresh single-use code: the patient is then signed in through the
 * same Auth.js `otp` provider as on the sign-in page.
 */
export function RegisterFlow() {
  const t = useTranslations('register');
  const locale = useLocale();
  const client = useTRPCClient();
  const text = otpTextFrom(t as unknown as Translate);
  const flow = useOtpFlow<LaterStep>(text, (phone) => client.registration.start.mutate({ phone }));
  const { step } = flow;

  const takeCode = () => {
    if (step.kind !== 'code') return;
    const digits = flow.digits();
    if (!digits) return;
    flow.setError(null);
    flow.setStep({ kind: 'details', phone: step.phone, code: digits });
  };

  const complete = async (values: DetailsFormOutput) => {
    if (step.kind !== 'details') return;
    await flow.run(async () => {
      const done = await client.registration.complete.mutate({
        phone: step.phone, code: step.code, nameAr: values.nameAr, nameEn: values.nameEn,
        nationalId: toAsciiDigits(values.nationalId), consentVersion: TERMS_VERSION, locale: locale === 'en' ? 'en' : 'ar',
      });
      flow.setStep({ kind: 'done' });
      const outcome = await credentialsSignIn('otp', { phone: done.phone, code: done.signInCode }, `/${locale}`);
      if (outcome.ok) {
        window.location.assign(outcome.url);
        return 'leaving';
      }
      flow.setError(t('signInFailed'));
    }, (e) => {
      const info = errorInfo(e);
      const field = info.fieldErrors?.[0]?.path;
      if (info.code === 'RATE_LIMITED') return text.tooMany('tooManyTries', info.details);
      if (info.code === 'DUPLICATE_NATIONAL_ID') return t('notRegistrable');
      if (info.code === 'VALIDATION_FAILED' && field === 'nationalId') return t('invalidNationalId');
      return info.code === 'VALIDATION_FAILED' ? t('wrongCode') : t('unavailable');
    });
  };

  const alert = <FormAlert error={flow.error} className="mt-4" />;
  if (step.kind === 'done') {
    return (
      <>
        <p role="status" className="mt-6 rounded-xl border border-teal-200 bg-teal-50 p-3 text-sm text-teal-900">{t('done')}</p>
        {alert}
      </>
    );
  }
  if (step.kind === 'details') {
    return (
      <>
        {alert}
        <DetailsStep busy={flow.busy} onSubmit={(v) => void complete(v)} />
      </>
    );
  }
  if (step.kind === 'phone') return <PhoneStep flow={flow} text={text} alert={alert} />;
  return (
    <CodeStep flow={flow} phone={step.phone} text={text} submit={t('next')} alert={alert} onSubmit={takeCode}>
      <button type="button" className="text-sm text-teal-800 underline" onClick={flow.changePhone}>
        {t('changePhone')}
      </button>
    </CodeStep>
  );
}
