import { getTranslations } from 'next-intl/server';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { TwoStepSettings } from '@/components/account/two-step-settings';
import { pageTitle } from '@/i18n/page-title';
import { requireStaff } from '@/server/session';

export const generateMetadata = pageTitle('account');

export default async function AccountPage() {
  const [me, t, roles] = await Promise.all([requireStaff(), getTranslations('account'), getTranslations('staff.roles')]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">
        <bdi>{me.name}</bdi> · <bdi>{me.email}</bdi> · {roles.has(me.role) ? roles(me.role) : me.role.replace('_', ' ')}
      </p>
      <div className="space-y-4">
        <TwoStepSettings />
        <SignOutEverywhere />
      </div>
    </>
  );
}
